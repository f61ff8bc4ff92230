using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Accumulated normal equations XᵀX b = Xᵀy of a least-squares fit, one row at a time.</summary>
/// <remarks>
/// Rows are buffered column by column, <see cref="BufferRows"/> at a time, and folded into the upper triangle of XᵀX
/// (row-major, <see cref="Size"/> × <see cref="Size"/>) as dot products of contiguous columns: Size²/2 dot products
/// per buffer instead of a scattered update per row. The buffer is folded when full and whenever the
/// sums are read, so two states that add the same rows after a <see cref="Clear"/> hold bitwise the same sums. Sums of
/// several blocks give the equations of their union, which is how a trailing window is assembled from per-interval
/// blocks without revisiting old samples.
/// </remarks>
internal sealed class NormalEquations
{
    /// <summary>Rows buffered before they are folded into the sums.</summary>
    public const int BufferRows = 64;

    private readonly double[] _gram;
    private readonly double[] _moment;
    private readonly double[] _buffer;
    private readonly double[] _responses;
    private double _sumOfSquares;
    private int _buffered;

    /// <summary>Empty equations for <paramref name="size"/> regressors.</summary>
    /// <param name="size">Number of regressors.</param>
    public NormalEquations(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _gram = new double[size * size];
        _moment = new double[size];
        _buffer = new double[size * BufferRows];
        _responses = new double[BufferRows];
    }

    /// <summary>Number of regressors.</summary>
    public int Size { get; }

    /// <summary>Rows added.</summary>
    public long Rows { get; private set; }

    /// <summary>Σ y² over the rows.</summary>
    public double SumOfSquares
    {
        get
        {
            Fold();
            return _sumOfSquares;
        }
    }

    /// <summary>XᵀX, upper triangle filled, row-major.</summary>
    public ReadOnlySpan<double> Gram
    {
        get
        {
            Fold();
            return _gram;
        }
    }

    /// <summary>Xᵀy.</summary>
    public ReadOnlySpan<double> Moment
    {
        get
        {
            Fold();
            return _moment;
        }
    }

    /// <summary>Forgets every row.</summary>
    public void Clear()
    {
        Array.Clear(_gram);
        Array.Clear(_moment);
        _sumOfSquares = 0;
        _buffered = 0;
        Rows = 0;
    }

    /// <summary>Adds one row: regressors <paramref name="x"/> and response <paramref name="y"/>.</summary>
    /// <param name="x">The regressors, <see cref="Size"/> of them, all finite.</param>
    /// <param name="y">The response, finite.</param>
    public void Add(ReadOnlySpan<double> x, double y)
    {
        int r = _buffered;
        double[] buffer = _buffer;
        for (int j = 0; j < Size; j++)
        {
            buffer[(j * BufferRows) + r] = x[j];
        }

        _responses[r] = y;
        Rows++;
        if (++_buffered == BufferRows)
        {
            Fold();
        }
    }

    /// <summary>Adds <paramref name="delta"/> to XᵀX at (<paramref name="row"/>, <paramref name="column"/>), row ≤ column
    /// (for corrections such as <see cref="ErrorsInVariables"/>).</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index, at least <paramref name="row"/>.</param>
    /// <param name="delta">Amount added.</param>
    public void AdjustGram(int row, int column, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, column);
        Fold();
        _gram[(row * Size) + column] += delta;
    }

    /// <summary>Adds <paramref name="delta"/> to Xᵀy at <paramref name="index"/>.</summary>
    /// <param name="index">Regressor index.</param>
    /// <param name="delta">Amount added.</param>
    public void AdjustMoment(int index, double delta)
    {
        Fold();
        _moment[index] += delta;
    }

    /// <summary>Adds these equations to <paramref name="target"/> (the union of both sets of rows).</summary>
    /// <param name="target">Equations of the same size.</param>
    public void AddTo(NormalEquations target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Size != Size)
        {
            throw new ArgumentException($"sizes differ: {target.Size} and {Size}", nameof(target));
        }

        Fold();
        target.Fold();
        for (int i = 0; i < _gram.Length; i++)
        {
            target._gram[i] += _gram[i];
        }

        for (int i = 0; i < _moment.Length; i++)
        {
            target._moment[i] += _moment[i];
        }

        target.Rows += Rows;
        target._sumOfSquares += _sumOfSquares;
    }

    /// <summary>Folds the buffered rows into the sums.</summary>
    private void Fold()
    {
        int count = _buffered;
        if (count == 0)
        {
            return;
        }

        double[] buffer = _buffer;
        for (int j = 0; j < Size; j++)
        {
            int diagonal = j * Size;
            int column = j * BufferRows;
            for (int k = j; k < Size; k++)
            {
                _gram[diagonal + k] += Dot(buffer, column, buffer, k * BufferRows, count);
            }

            _moment[j] += Dot(buffer, column, _responses, 0, count);
        }

        _sumOfSquares += Dot(_responses, 0, _responses, 0, count);
        _buffered = 0;
    }

    /// <summary>Σ a[i]·b[i] over <paramref name="count"/> elements, in four interleaved partial sums (plain array code:
    /// it stays fast in unoptimised builds, and the optimising JIT pipelines the four chains).</summary>
    private static double Dot(double[] a, int aFrom, double[] b, int bFrom, int count)
    {
        if ((uint)(aFrom + count) > (uint)a.Length || (uint)(bFrom + count) > (uint)b.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        int i = 0;
        double sum = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref double ra = ref MemoryMarshal.GetArrayDataReference(a);
            ref double rb = ref MemoryMarshal.GetArrayDataReference(b);
            var acc = Vector256<double>.Zero;
            for (; i <= count - 4; i += 4)
            {
                acc += Vector256.LoadUnsafe(ref ra, (nuint)(aFrom + i)) * Vector256.LoadUnsafe(ref rb, (nuint)(bFrom + i));
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < count; i++)
        {
            sum += a[aFrom + i] * b[bFrom + i];
        }

        return sum;
    }
}
