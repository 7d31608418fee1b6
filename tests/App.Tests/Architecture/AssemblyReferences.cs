using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GntTui.App.Tests.Architecture;

/// <summary>
/// What a compiled assembly refers to, read from its metadata tables: the assemblies it references
/// and every type it uses from them. A using directive leaves no trace here, a fully qualified
/// call does, so the rule is checked on what the code really touches.
/// </summary>
internal sealed record AssemblyReferences(string Name, IReadOnlySet<string> Assemblies, IReadOnlySet<string> Types)
{
    public static AssemblyReferences Of(Assembly assembly) => Read(assembly.Location);

    public static AssemblyReferences Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var assemblies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.AssemblyReferences)
        {
            assemblies.Add(md.GetString(md.GetAssemblyReference(handle).Name));
        }
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences)
        {
            types.Add(FullName(md, handle));
        }
        return new AssemblyReferences(md.GetString(md.GetAssemblyDefinition().Name), assemblies, types);
    }

    /// <summary>Namespace.Type, nested types as Namespace.Outer+Inner.</summary>
    private static string FullName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var name = md.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(md, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
