namespace GntTui.Engine.Tests.Operations;

internal sealed class FakeJobCanceled : Exception;
