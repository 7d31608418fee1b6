using System.Reflection;
using System.Reflection.Emit;

namespace GntTui.Engine.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which, read from the compiled code: signatures, base types,
/// fields, locals and every type, method and field token in the IL (so a static call with no local
/// of the type counts too). Compiler-made types (lambdas, async state machines) count for the
/// namespace of the type that declares them.
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Edges between the rooms of <paramref name="assembly"/>: a room is the namespace <paramref name="root"/> plus one segment (its sub-namespaces belong to it).</summary>
    public static Dictionary<string, HashSet<string>> Rooms(Assembly assembly, string root)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (RoomOf(type, root) is not { } from)
            {
                continue;
            }
            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedTypes(type).Where(t => t.Assembly == assembly))
            {
                if (RoomOf(used, root) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }
        return edges;
    }

    /// <summary>Every cycle found, each as the rooms along it ("A → B → A").</summary>
    public static List<string> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var cycles = new List<string>();
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var next in edges[start].Order(StringComparer.Ordinal))
            {
                if (PathBetween(edges, next, start) is { } back)
                {
                    cycles.Add(string.Join(" → ", new[] { start }.Concat(back)));
                }
            }
        }
        return cycles;
    }

    private static List<string>? PathBetween(Dictionary<string, HashSet<string>> edges, string from, string to)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var at))
        {
            if (at == to)
            {
                var path = new List<string>();
                for (string? p = at; p is not null; p = previous[p])
                {
                    path.Insert(0, p);
                }
                return path;
            }
            foreach (var n in edges.GetValueOrDefault(at) ?? [])
            {
                if (previous.TryAdd(n, at))
                {
                    queue.Enqueue(n);
                }
            }
        }
        return null;
    }

    private static string? RoomOf(Type type, string root)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }
        return ns[(root.Length + 1)..].Split('.')[0];
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }
            if (t.IsGenericParameter)
            {
                return;
            }
            found.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
            if (t.IsGenericType)
            {
                foreach (var a in t.GetGenericArguments())
                {
                    Add(a);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }
        foreach (var a in type.GetCustomAttributesData())
        {
            Add(a.AttributeType);
        }
        foreach (var f in type.GetFields(All))
        {
            Add(f.FieldType);
        }
        foreach (var p in type.GetProperties(All))
        {
            Add(p.PropertyType);
        }
        foreach (var e in type.GetEvents(All))
        {
            Add(e.EventHandlerType);
        }
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType);
            }
            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType);
            }
            if (m.GetMethodBody() is { } body)
            {
                foreach (var local in body.LocalVariables)
                {
                    Add(local.LocalType);
                }
                foreach (var t in TokensIn(m, body.GetILAsByteArray() ?? []))
                {
                    Add(t);
                }
            }
        }
        return found;
    }

    /// <summary>The declaring and named types of every metadata token the IL uses.</summary>
    private static IEnumerable<Type> TokensIn(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out var op))
            {
                yield break;
            }
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                    }
                    switch (member)
                    {
                        case Type t:
                            yield return t;
                            break;
                        case FieldInfo f:
                            yield return f.DeclaringType!;
                            yield return f.FieldType;
                            break;
                        case MethodBase mb:
                            yield return mb.DeclaringType!;
                            if (mb is MethodInfo called)
                            {
                                yield return called.ReturnType;
                            }
                            foreach (var p in mb.GetParameters())
                            {
                                yield return p.ParameterType;
                            }
                            break;
                    }
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
