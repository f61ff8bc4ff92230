namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>Collects the rows <c>[design | observation]</c> of the valid samples of one block and reduces them to their
/// triangular factor, folding the rows in every <see cref="Capacity"/> rows so memory stays bounded whatever the block
/// length.</summary>
internal sealed class BlockBuffer
{
    /// <summary>Rows held before they are folded into the factor.</summary>
    public const int Capacity = 4096;

    private readonly int _columns;
    private readonly int _capacity;
    private readonly TriangularFactor _factor;
    private readonly double[] _data;
    private int _pending;

    /// <summary>Creates a buffer for rows of <paramref name="designColumns"/> design values and one observation.</summary>
    /// <param name="designColumns">Design columns.</param>
    /// <param name="expectedRows">Rows a block usually has (the buffer holds at most <see cref="Capacity"/>).</param>
    public BlockBuffer(int designColumns, int expectedRows)
    {
        _columns = designColumns + 1;
        _capacity = Math.Clamp(expectedRows, 1, Capacity);
        _data = new double[_capacity * _columns];
        _factor = new TriangularFactor(_columns);
        Clear();
    }

    /// <summary>Rows added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Time of the first row, hours after J2000.0 (NaN when empty).</summary>
    public double FirstHours { get; private set; }

    /// <summary>Time of the last row, hours after J2000.0 (NaN when empty).</summary>
    public double LastHours { get; private set; }

    /// <summary>Adds a valid sample's row.</summary>
    /// <param name="design">The design row.</param>
    /// <param name="observation">The sample's value.</param>
    /// <param name="hours">The sample's time, hours after J2000.0.</param>
    public void Add(ReadOnlySpan<double> design, double observation, double hours)
    {
        if (_pending == _capacity)
        {
            Fold();
        }

        for (int j = 0; j < design.Length; j++)
        {
            _data[(j * _capacity) + _pending] = design[j];
        }

        _data[(design.Length * _capacity) + _pending] = observation;
        _pending++;
        if (Count == 0)
        {
            FirstHours = hours;
        }

        LastHours = hours;
        Count++;
    }

    /// <summary>The rows reduced to their R factor (columns × columns, column-major; a copy), or null when there are none.</summary>
    public double[]? Factor()
    {
        if (Count == 0)
        {
            return null;
        }

        Fold();
        return (double[])_factor.R.Clone();
    }

    /// <summary>The block reduced to its R factor, or null when it holds no rows; the buffer is emptied.</summary>
    /// <param name="originHours">Origin of the polynomial variable the rows were written with.</param>
    public CompressedBlock? Compress(double originHours)
    {
        var r = Factor();
        var block = r is null ? null : new CompressedBlock(r, Count, FirstHours, LastHours, originHours);
        Clear();
        return block;
    }

    /// <summary>Forgets every row.</summary>
    public void Clear()
    {
        _factor.Clear();
        _pending = 0;
        Count = 0;
        FirstHours = double.NaN;
        LastHours = double.NaN;
    }

    private void Fold()
    {
        _factor.Add(_data, _pending, _capacity);
        _pending = 0;
    }
}
