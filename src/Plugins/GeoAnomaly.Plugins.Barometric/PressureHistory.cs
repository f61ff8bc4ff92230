namespace GeoAnomaly.Plugins.Barometric;

/// <summary>The last <c>lags + 2</c> scaled pressures, raw and gap-filled, with running sums over each lag bin.</summary>
/// <remarks>
/// <para>Raw values (NaN where missing or not yet seen) feed the regression, which needs real pressures at the bin
/// edges only (<see cref="EdgeValues"/>). The
/// filled copy feeds the removed response, which sums every lag: when a pressure gap closes, its last samples (up to
/// <c>lags + 1</c>) are filled by linear interpolation between the values either side if the gap is at most
/// <c>lags</c> long, else with the first value after it. Interpolation needs the value before the gap, which lies within
/// <c>2·lags + 2</c> samples of any output it touches, so it is inside the warm-up. While a gap is open the bin sums
/// are undefined.</para>
/// <para>Bin sums are updated by adding the sample entering each bin and subtracting the one leaving it, and
/// recomputed from the ring at every refit boundary and after a gap, so rounding never accumulates beyond one interval
/// and two states that saw the same samples hold bitwise the same sums.</para>
/// </remarks>
internal sealed class PressureHistory
{
    private readonly LagBins _bins;
    private readonly double[] _raw;
    private readonly double[] _filled;
    private readonly double[] _sums;
    private readonly int[] _edges;
    private readonly int[] _edgeSlots;
    private readonly double[] _edgeRaw;
    private readonly int _size;
    private long _count;
    private int _head;
    private int _gap;
    private bool _sumsValid;

    /// <summary>An empty history for <paramref name="bins"/>.</summary>
    /// <param name="bins">The lag bins; the ring holds lags 0..L+1.</param>
    public PressureHistory(LagBins bins)
    {
        _bins = bins;
        _size = bins.MaxLag + 2;
        _raw = new double[_size];
        _filled = new double[_size];
        _sums = new double[bins.Count];
        _edges = bins.Edges.ToArray();
        _edgeSlots = new int[_edges.Length];
        _edgeRaw = new double[_edges.Length];
        Reset();
    }

    /// <summary>Samples pushed since the last reset.</summary>
    public long Count => _count;

    /// <summary>True when every bin sum is defined at the latest sample (no open gap, at least L + 1 samples seen).</summary>
    public bool SumsValid => _sumsValid;

    /// <summary>Sum of the filled pressures over each bin at the latest sample.</summary>
    public ReadOnlySpan<double> Sums => _sums;

    /// <summary>Forgets every sample.</summary>
    public void Reset()
    {
        Array.Fill(_raw, double.NaN);
        Array.Fill(_filled, double.NaN);
        Array.Clear(_sums);
        _count = 0;
        _head = _size - 1;
        _gap = 0;
        _sumsValid = false;
    }

    /// <summary>The raw scaled pressure at each bin edge lag (0, ..., L + 1) before the latest sample; NaN where
    /// missing or not yet seen.</summary>
    public ReadOnlySpan<double> EdgeValues => _edgeRaw;

    /// <summary>Appends the next scaled pressure (NaN when missing).</summary>
    /// <param name="pressure">Scaled pressure.</param>
    public void Push(double pressure)
    {
        _head = _head + 1 == _size ? 0 : _head + 1;
        int slot = _head;
        _count++;
        bool missing = !double.IsFinite(pressure);
        _raw[slot] = missing ? double.NaN : pressure;
        int size = _size;
        for (int j = 0; j < _edges.Length; j++)
        {
            int edgeSlot = slot - _edges[j];
            edgeSlot = edgeSlot < 0 ? edgeSlot + size : edgeSlot;
            _edgeSlots[j] = edgeSlot;
            _edgeRaw[j] = _raw[edgeSlot];
        }

        if (missing)
        {
            _filled[slot] = double.NaN;
            _gap++;
            _sumsValid = false;
            return;
        }

        _filled[slot] = pressure;
        if (_gap > 0)
        {
            FillGap(pressure);
            _gap = 0;
            _sumsValid = false;
        }

        if (_sumsValid)
        {
            double[] filled = _filled;
            double entering = filled[_edgeSlots[0]];
            for (int j = 0; j < _sums.Length; j++)
            {
                double leaving = filled[_edgeSlots[j + 1]];
                _sums[j] += entering - leaving;
                entering = leaving;
            }
        }
        else
        {
            Resynchronise();
        }
    }

    /// <summary>Recomputes the bin sums from the ring (at refit boundaries, to stop rounding from accumulating).</summary>
    public void Resynchronise()
    {
        _sumsValid = false;
        if (_gap > 0 || _count < _bins.MaxLag + 1)
        {
            return;
        }

        var edges = _bins.Edges;
        for (int j = 0; j < _sums.Length; j++)
        {
            double sum = 0;
            for (int lag = edges[j]; lag < edges[j + 1]; lag++)
            {
                sum += _filled[Slot(lag)];
            }

            _sums[j] = sum;
        }

        _sumsValid = true;
    }

    private void FillGap(double after)
    {
        int fill = Math.Min(_gap, _size - 1);
        int beforeLag = _gap + 1;
        bool interpolate = _gap <= _bins.MaxLag && beforeLag < _count && double.IsFinite(_raw[Slot(beforeLag)]);
        double before = interpolate ? _raw[Slot(beforeLag)] : after;
        for (int lag = 1; lag <= fill; lag++)
        {
            double weight = (double)lag / beforeLag;
            _filled[Slot(lag)] = after + ((before - after) * weight);
        }
    }

    private int Slot(int lag)
    {
        int slot = _head - lag;
        return slot < 0 ? slot + _size : slot;
    }
}
