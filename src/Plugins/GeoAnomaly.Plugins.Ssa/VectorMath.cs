using System.Numerics;

namespace GeoAnomaly.Plugins.Ssa;

/// <summary>The two level-1 kernels the SSA fit spends its time in, over <see cref="Vector{T}"/> lanes.</summary>
/// <remarks>Sums are accumulated lane by lane and then across lanes, so they can differ from a left-to-right loop in the
/// last bits; every caller uses these, so results are still the same for any chunking of the input.</remarks>
internal static class VectorMath
{
    /// <summary>Σ aᵢ bᵢ over the length of <paramref name="a"/>.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length;
        b = b[..n];
        int i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var lanes = Vector<double>.Zero;
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                lanes += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
            }

            sum = Vector.Sum(lanes);
        }

        for (; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>y ← y + alpha x over the length of <paramref name="x"/>.</summary>
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        y = y[..n];
        int i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var a = new Vector<double>(alpha);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(y[i..]) + (a * new Vector<double>(x[i..]))).CopyTo(y[i..]);
            }
        }

        for (; i < n; i++)
        {
            y[i] += alpha * x[i];
        }
    }
}
