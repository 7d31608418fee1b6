namespace GntTui.Engine.Ganeti.Operations;

public enum ReplaceDisksMode
{
    /// <summary><c>-p</c>: rebuild the disks on the primary.</summary>
    Primary,
    /// <summary><c>-s</c>: rebuild the disks on the secondary.</summary>
    Secondary,
    /// <summary><c>-a</c>: whatever is faulty.</summary>
    Auto,
    /// <summary><c>-n NODE</c> or <c>-I hail</c>: a new secondary.</summary>
    NewSecondary,
}
