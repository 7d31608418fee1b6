namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>One <c>gnt-cluster verify --error-codes</c> finding: "ERROR:ENODESETUP:node:node1:…".</summary>
public sealed record VerifyFinding(string Severity, string Code, string ObjectType, string ObjectName, string Message);
