using System.Runtime.InteropServices;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>Bitwise comparison of double sequences (NaN payloads included).</summary>
internal static class Bits
{
    public static bool Identical(ReadOnlySpan<double> a, ReadOnlySpan<double> b) =>
        MemoryMarshal.Cast<double, long>(a).SequenceEqual(MemoryMarshal.Cast<double, long>(b));
}
