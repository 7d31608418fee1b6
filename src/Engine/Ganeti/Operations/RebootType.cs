namespace GntTui.Engine.Ganeti.Operations;

public enum RebootType
{
    Soft,
    Hard,
    Full,
}
