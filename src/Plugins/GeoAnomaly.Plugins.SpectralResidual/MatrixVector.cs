using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>Matrix times vector for small column-major matrices whose rows are padded to the SIMD width.</summary>
/// <remarks>
/// Column by column: each input value is broadcast and multiplied into a block of rows held in registers. Blocks of
/// 8 and 4 vectors of rows keep enough independent additions in flight; a remainder of 1 to 3 vectors splits the
/// columns over several accumulators instead, so no block is bound by the latency of one long chain of additions.
/// The order of additions depends on the matrix shape only, so results are reproducible bit for bit.
/// </remarks>
internal static class MatrixVector
{
    /// <summary><c>y[0..rows) = M x</c>.</summary>
    /// <param name="matrix">Column-major, <paramref name="rows"/> per column, <c>x.Length</c> columns.</param>
    /// <param name="rows">Rows per column, a multiple of <see cref="Vector{T}.Count"/>.</param>
    /// <param name="x">The input, one value per column.</param>
    /// <param name="y">Receives the product; at least <paramref name="rows"/> long.</param>
    public static void Multiply(double[] matrix, int rows, ReadOnlySpan<double> x, Span<double> y)
    {
        Debug.Assert(rows % Vector<double>.Count == 0 && y.Length >= rows && matrix.Length >= rows * x.Length, "sizes agree");
        int width = Vector<double>.Count;
        ref double m = ref MemoryMarshal.GetArrayDataReference(matrix);
        ref double target = ref MemoryMarshal.GetReference(y);
        int r = 0;
        for (; rows - r >= 8 * width; r += 8 * width)
        {
            Block8(ref m, rows, r, x, ref target);
        }

        if (rows - r >= 4 * width)
        {
            Block4(ref m, rows, r, x, ref target);
            r += 4 * width;
        }

        if (rows - r >= 2 * width)
        {
            Block2(ref m, rows, r, x, ref target);
            r += 2 * width;
        }

        if (rows - r >= width)
        {
            Block1(ref m, rows, r, x, ref target);
        }
    }

    /// <summary>
    /// <c>y1 = M1 x1</c> and <c>y2 = M2 x2</c> in one pass, for two matrices with the same rows and column count: twice
    /// the independent additions of <see cref="Multiply"/> per loaded column.
    /// </summary>
    /// <param name="m1">First column-major matrix.</param>
    /// <param name="x1">Its input.</param>
    /// <param name="m2">Second column-major matrix, as many columns as the first.</param>
    /// <param name="x2">Its input, as long as <paramref name="x1"/>.</param>
    /// <param name="rows">Rows per column of both, a multiple of <see cref="Vector{T}.Count"/>.</param>
    /// <param name="y1">Receives the first product.</param>
    /// <param name="y2">Receives the second product.</param>
    public static void MultiplyPair(double[] m1, ReadOnlySpan<double> x1, double[] m2, ReadOnlySpan<double> x2, int rows, Span<double> y1, Span<double> y2)
    {
        Debug.Assert(x1.Length == x2.Length && m1.Length >= rows * x1.Length && m2.Length >= rows * x2.Length, "sizes agree");
        Debug.Assert(rows % Vector<double>.Count == 0 && y1.Length >= rows && y2.Length >= rows, "sizes agree");
        int width = Vector<double>.Count;
        ref double p = ref MemoryMarshal.GetArrayDataReference(m1);
        ref double q = ref MemoryMarshal.GetArrayDataReference(m2);
        ref double u = ref MemoryMarshal.GetReference(y1);
        ref double v = ref MemoryMarshal.GetReference(y2);
        int r = 0;
        for (; rows - r >= 4 * width; r += 4 * width)
        {
            PairBlock4(ref p, x1, ref q, x2, rows, r, ref u, ref v);
        }

        for (; r < rows; r += width)
        {
            PairBlock1(ref p, x1, ref q, x2, rows, r, ref u, ref v);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> At(ref double m, int index) => Vector.LoadUnsafe(ref m, (nuint)index);

    private static void Block8(ref double m, int rows, int r, ReadOnlySpan<double> x, ref double y)
    {
        int w = Vector<double>.Count;
        Vector<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        for (int c = 0; c < x.Length; c++)
        {
            var xc = new Vector<double>(x[c]);
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref m, at), xc, a0);
            a1 = Vector.MultiplyAddEstimate(At(ref m, at + w), xc, a1);
            a2 = Vector.MultiplyAddEstimate(At(ref m, at + (2 * w)), xc, a2);
            a3 = Vector.MultiplyAddEstimate(At(ref m, at + (3 * w)), xc, a3);
            a4 = Vector.MultiplyAddEstimate(At(ref m, at + (4 * w)), xc, a4);
            a5 = Vector.MultiplyAddEstimate(At(ref m, at + (5 * w)), xc, a5);
            a6 = Vector.MultiplyAddEstimate(At(ref m, at + (6 * w)), xc, a6);
            a7 = Vector.MultiplyAddEstimate(At(ref m, at + (7 * w)), xc, a7);
        }

        a0.StoreUnsafe(ref y, (nuint)r);
        a1.StoreUnsafe(ref y, (nuint)(r + w));
        a2.StoreUnsafe(ref y, (nuint)(r + (2 * w)));
        a3.StoreUnsafe(ref y, (nuint)(r + (3 * w)));
        a4.StoreUnsafe(ref y, (nuint)(r + (4 * w)));
        a5.StoreUnsafe(ref y, (nuint)(r + (5 * w)));
        a6.StoreUnsafe(ref y, (nuint)(r + (6 * w)));
        a7.StoreUnsafe(ref y, (nuint)(r + (7 * w)));
    }

    private static void Block4(ref double m, int rows, int r, ReadOnlySpan<double> x, ref double y)
    {
        int w = Vector<double>.Count;
        Vector<double> a0 = default, a1 = default, a2 = default, a3 = default;
        for (int c = 0; c < x.Length; c++)
        {
            var xc = new Vector<double>(x[c]);
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref m, at), xc, a0);
            a1 = Vector.MultiplyAddEstimate(At(ref m, at + w), xc, a1);
            a2 = Vector.MultiplyAddEstimate(At(ref m, at + (2 * w)), xc, a2);
            a3 = Vector.MultiplyAddEstimate(At(ref m, at + (3 * w)), xc, a3);
        }

        a0.StoreUnsafe(ref y, (nuint)r);
        a1.StoreUnsafe(ref y, (nuint)(r + w));
        a2.StoreUnsafe(ref y, (nuint)(r + (2 * w)));
        a3.StoreUnsafe(ref y, (nuint)(r + (3 * w)));
    }

    /// <summary>Two vectors of rows, even and odd columns in separate accumulators.</summary>
    private static void Block2(ref double m, int rows, int r, ReadOnlySpan<double> x, ref double y)
    {
        int w = Vector<double>.Count;
        Vector<double> a0 = default, a1 = default, b0 = default, b1 = default;
        int c = 0;
        for (; c + 1 < x.Length; c += 2)
        {
            var xa = new Vector<double>(x[c]);
            var xb = new Vector<double>(x[c + 1]);
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref m, at), xa, a0);
            a1 = Vector.MultiplyAddEstimate(At(ref m, at + w), xa, a1);
            b0 = Vector.MultiplyAddEstimate(At(ref m, at + rows), xb, b0);
            b1 = Vector.MultiplyAddEstimate(At(ref m, at + rows + w), xb, b1);
        }

        if (c < x.Length)
        {
            var xa = new Vector<double>(x[c]);
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref m, at), xa, a0);
            a1 = Vector.MultiplyAddEstimate(At(ref m, at + w), xa, a1);
        }

        (a0 + b0).StoreUnsafe(ref y, (nuint)r);
        (a1 + b1).StoreUnsafe(ref y, (nuint)(r + w));
    }

    /// <summary>One vector of rows, columns taken four at a time into four accumulators.</summary>
    private static void Block1(ref double m, int rows, int r, ReadOnlySpan<double> x, ref double y)
    {
        Vector<double> a0 = default, a1 = default, a2 = default, a3 = default;
        int c = 0;
        for (; c + 3 < x.Length; c += 4)
        {
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref m, at), new Vector<double>(x[c]), a0);
            a1 = Vector.MultiplyAddEstimate(At(ref m, at + rows), new Vector<double>(x[c + 1]), a1);
            a2 = Vector.MultiplyAddEstimate(At(ref m, at + (2 * rows)), new Vector<double>(x[c + 2]), a2);
            a3 = Vector.MultiplyAddEstimate(At(ref m, at + (3 * rows)), new Vector<double>(x[c + 3]), a3);
        }

        for (; c < x.Length; c++)
        {
            a0 = Vector.MultiplyAddEstimate(At(ref m, (c * rows) + r), new Vector<double>(x[c]), a0);
        }

        ((a0 + a1) + (a2 + a3)).StoreUnsafe(ref y, (nuint)r);
    }

    private static void PairBlock4(ref double p, ReadOnlySpan<double> x1, ref double q, ReadOnlySpan<double> x2, int rows, int r, ref double u, ref double v)
    {
        int w = Vector<double>.Count;
        Vector<double> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
        for (int c = 0; c < x1.Length; c++)
        {
            var xa = new Vector<double>(x1[c]);
            var xb = new Vector<double>(x2[c]);
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref p, at), xa, a0);
            a1 = Vector.MultiplyAddEstimate(At(ref p, at + w), xa, a1);
            a2 = Vector.MultiplyAddEstimate(At(ref p, at + (2 * w)), xa, a2);
            a3 = Vector.MultiplyAddEstimate(At(ref p, at + (3 * w)), xa, a3);
            b0 = Vector.MultiplyAddEstimate(At(ref q, at), xb, b0);
            b1 = Vector.MultiplyAddEstimate(At(ref q, at + w), xb, b1);
            b2 = Vector.MultiplyAddEstimate(At(ref q, at + (2 * w)), xb, b2);
            b3 = Vector.MultiplyAddEstimate(At(ref q, at + (3 * w)), xb, b3);
        }

        a0.StoreUnsafe(ref u, (nuint)r);
        a1.StoreUnsafe(ref u, (nuint)(r + w));
        a2.StoreUnsafe(ref u, (nuint)(r + (2 * w)));
        a3.StoreUnsafe(ref u, (nuint)(r + (3 * w)));
        b0.StoreUnsafe(ref v, (nuint)r);
        b1.StoreUnsafe(ref v, (nuint)(r + w));
        b2.StoreUnsafe(ref v, (nuint)(r + (2 * w)));
        b3.StoreUnsafe(ref v, (nuint)(r + (3 * w)));
    }

    /// <summary>One vector of rows of each matrix, even and odd columns in separate accumulators.</summary>
    private static void PairBlock1(ref double p, ReadOnlySpan<double> x1, ref double q, ReadOnlySpan<double> x2, int rows, int r, ref double u, ref double v)
    {
        Vector<double> a0 = default, a1 = default, b0 = default, b1 = default;
        int c = 0;
        for (; c + 1 < x1.Length; c += 2)
        {
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref p, at), new Vector<double>(x1[c]), a0);
            b0 = Vector.MultiplyAddEstimate(At(ref q, at), new Vector<double>(x2[c]), b0);
            a1 = Vector.MultiplyAddEstimate(At(ref p, at + rows), new Vector<double>(x1[c + 1]), a1);
            b1 = Vector.MultiplyAddEstimate(At(ref q, at + rows), new Vector<double>(x2[c + 1]), b1);
        }

        if (c < x1.Length)
        {
            int at = (c * rows) + r;
            a0 = Vector.MultiplyAddEstimate(At(ref p, at), new Vector<double>(x1[c]), a0);
            b0 = Vector.MultiplyAddEstimate(At(ref q, at), new Vector<double>(x2[c]), b0);
        }

        (a0 + a1).StoreUnsafe(ref u, (nuint)r);
        (b0 + b1).StoreUnsafe(ref v, (nuint)r);
    }
}
