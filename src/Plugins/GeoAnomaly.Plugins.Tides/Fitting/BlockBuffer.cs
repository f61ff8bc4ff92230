namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>Collects the rows <c>[design | observation]</c> of the valid samples of one block, then reduces them to a
/// <see cref="CompressedBlock"/>.</summary>
internal sealed class BlockBuffer
{
    private readonly int _columns;
    private readonly TriangularFactor _factor;
    private double[] _data;
    private int _capacity;

    /// <summary>Creates a buffer for rows of <paramref name="designColumns"/> design values and one observation.</summary>
    /// <param name="designColumns">Design columns.</param>
    /// <param name="capacity">Rows to reserve (grows when exceeded).</param>
    public BlockBuffer(int designColumns, int capacity)
    {
        _columns = designColumns + 1;
        _capacity = Math.Max(capacity, 1);
        _data = new double[_capacity * _columns];
        _factor = new TriangularFactor(_columns);
        Clear();
    }

    /// <summary>Rows held.</summary>
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
        if (Count == _capacity)
        {
            Grow();
        }

        for (int j = 0; j < design.Length; j++)
        {
            _data[(j * _capacity) + Count] = design[j];
        }

        _data[(design.Length * _capacity) + Count] = observation;
        if (Count == 0)
        {
            FirstHours = hours;
        }

        LastHours = hours;
        Count++;
    }

    /// <summary>The block reduced to its R factor, or null when it holds no rows; the buffer is emptied.</summary>
    /// <param name="originHours">Origin of the polynomial variable the rows were written with.</param>
    public CompressedBlock? Compress(double originHours)
    {
        if (Count == 0)
        {
            return null;
        }

        _factor.Clear();
        _factor.Add(_data, Count, _capacity);
        var block = new CompressedBlock((double[])_factor.R.Clone(), Count, FirstHours, LastHours, originHours);
        Clear();
        return block;
    }

    /// <summary>Adds the rows to <paramref name="factor"/> (a running factor of many blocks) and empties the buffer.</summary>
    /// <param name="factor">The factor to update.</param>
    public void FlushInto(TriangularFactor factor)
    {
        factor.Add(_data, Count, _capacity);
        Clear();
    }

    /// <summary>Forgets every row.</summary>
    public void Clear()
    {
        Count = 0;
        FirstHours = double.NaN;
        LastHours = double.NaN;
    }

    private void Grow()
    {
        int capacity = _capacity * 2;
        double[] data = new double[capacity * _columns];
        for (int j = 0; j < _columns; j++)
        {
            Array.Copy(_data, j * _capacity, data, j * capacity, Count);
        }

        _data = data;
        _capacity = capacity;
    }
}
