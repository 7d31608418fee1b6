namespace GntTui.Simulator;

/// <summary>
/// Seeded randomness. <see cref="Next()"/> is a sequence (SplitMix64) for things decided in order,
/// such as building the demo; <see cref="Keyed"/> is a pure function of its inputs, for values that
/// must not depend on how often the cluster was looked at (resync speed per second).
/// </summary>
internal sealed class SimRandom
{
    private ulong _state;

    public SimRandom(long seed)
    {
        _state = (ulong)seed ^ 0x9E3779B97F4A7C15UL;
    }

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Between(double min, double max) => min + (NextDouble() * (max - min));

    /// <summary>Uniform integer in [min, max).</summary>
    public int Between(int min, int max) => max <= min ? min : min + (int)(Next() % (ulong)(max - min));

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count)];

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A fresh, deterministic GUID in the usual 8-4-4-4-12 form.</summary>
    public string NextUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Next());
        BitConverter.TryWriteBytes(bytes[8..], Next());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    /// <summary>Uniform in [0, 1), a pure function of the key.</summary>
    public static double Keyed(ulong a, ulong b, ulong c) =>
        (Mix(Mix(Mix(a ^ 0x2545F4914F6CDD1DUL) ^ b) ^ c) >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
