using System.Numerics;
using System.Runtime.InteropServices;

namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>The upper-triangular factor R of a growing tall matrix, updated with batches of rows by Householder
/// reflections (the tall-skinny QR update: the R of [R; B] from R and the new rows B).</summary>
/// <remarks>
/// <para>Column j of [R; B] has nonzeros only at R[j, j] and in B's column j, so the reflection that zeroes it has
/// 1 + k nonzeros (k rows in B) and costs O(k·(n − j)) to apply: about n² multiply-adds per added row for n columns. This
/// is LAPACK's <c>dtpqrt</c> in its simplest unblocked form. It gives the same R as a Householder QR of all rows at once
/// (up to the signs of R's rows, which do not change RᵀR or any least-squares solution), and is backward stable in the
/// same way. It stands in for MathNet's <c>QR()</c> on the per-block compression because MathNet's managed QR of a
/// 1,440 × 19 block costs milliseconds (it forms Q, and goes parallel on tiny matrices); tests compare the two.</para>
/// </remarks>
internal sealed class TriangularFactor
{
    /// <summary>Rows reflected at a time: a chunk of 19 columns stays in the L1 cache while every column is processed.</summary>
    private const int ChunkRows = 64;

    /// <summary>Creates an empty factor (R = 0) for <paramref name="columns"/> columns.</summary>
    /// <param name="columns">Columns of the rows.</param>
    public TriangularFactor(int columns)
    {
        Columns = columns;
        R = new double[columns * columns];
    }

    /// <summary>Columns.</summary>
    public int Columns { get; }

    /// <summary>R, column-major, <see cref="Columns"/> × <see cref="Columns"/>, zero below the diagonal.</summary>
    public double[] R { get; }

    /// <summary>Forgets every row (R = 0).</summary>
    public void Clear() => Array.Clear(R);

    /// <summary>Adds <paramref name="count"/> rows held column-major in <paramref name="rows"/> (column j at
    /// <c>rows[j * stride ..]</c>). The rows are overwritten.</summary>
    /// <param name="rows">The rows; used as scratch.</param>
    /// <param name="count">Rows to add.</param>
    /// <param name="stride">Column stride of <paramref name="rows"/>.</param>
    public void Add(double[] rows, int count, int stride)
    {
        for (int from = 0; from < count; from += ChunkRows)
        {
            AddChunk(rows, from, Math.Min(ChunkRows, count - from), stride);
        }
    }

    private void AddChunk(double[] rows, int offset, int count, int stride)
    {
        int n = Columns;
        for (int j = 0; j < n; j++)
        {
            var column = rows.AsSpan((j * stride) + offset, count);
            double diagonal = R[(j * n) + j];
            double tail = Dot(column, column);
            if (tail == 0)
            {
                continue;
            }

            double norm = Math.Sqrt((diagonal * diagonal) + tail);
            double alpha = diagonal > 0 ? -norm : norm;
            double head = diagonal - alpha;
            double beta = 2.0 / ((head * head) + tail);
            for (int l = j + 1; l < n; l++)
            {
                var other = rows.AsSpan((l * stride) + offset, count);
                double scale = beta * ((head * R[(l * n) + j]) + Dot(column, other));
                R[(l * n) + j] -= scale * head;
                AddScaled(other, column, -scale);
            }

            R[(j * n) + j] = alpha;
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var acc = Vector<double>.Zero;
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            for (int v = 0; v < va.Length; v++)
            {
                acc += va[v] * vb[v];
            }

            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var f = new Vector<double>(factor);
            var vt = MemoryMarshal.Cast<double, Vector<double>>(target);
            var vs = MemoryMarshal.Cast<double, Vector<double>>(source);
            for (int v = 0; v < vt.Length; v++)
            {
                vt[v] += f * vs[v];
            }

            i = vt.Length * Vector<double>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += factor * source[i];
        }
    }
}
