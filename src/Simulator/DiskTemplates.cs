namespace GntTui.Simulator;

/// <summary>Ganeti's disk templates and the families its checks use (constants.DTS_*).</summary>
public static class DiskTemplates
{
    public const string Drbd = "drbd";
    public const string Plain = "plain";
    public const string File = "file";
    public const string SharedFile = "sharedfile";
    public const string Diskless = "diskless";

    /// <summary>DTS_INT_MIRROR: mirrored by Ganeti itself onto a secondary node.</summary>
    public static bool IsInternallyMirrored(string template) => template == Drbd;

    /// <summary>DTS_EXT_MIRROR: storage every node can reach, so any node can take the instance.</summary>
    public static bool IsExternallyMirrored(string template) =>
        template is Diskless or SharedFile or "blockdev" or "rbd" or "ext" or "gluster";

    /// <summary>DTS_MIRRORED: the templates that can migrate or fail over at all.</summary>
    public static bool IsMirrored(string template) => IsInternallyMirrored(template) || IsExternallyMirrored(template);

    /// <summary>Templates whose disks live in the node's LVM volume group (dtotal/dfree).</summary>
    public static bool UsesVolumeGroup(string template) => template is Drbd or Plain;
}
