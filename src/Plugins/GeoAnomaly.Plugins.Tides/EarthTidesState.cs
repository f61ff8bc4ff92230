using GeoAnomaly.Plugins.Tides.Astronomy;
using GeoAnomaly.Plugins.Tides.Fitting;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tides;

/// <summary>The running state of <see cref="EarthTidesPreprocessor"/> on one channel.</summary>
/// <remarks>
/// Time is cut into blocks of <c>refitInterval</c> samples aligned to whole steps since 1970-01-01T00:00Z. Each valid
/// sample's design row goes into the current block's buffer; when a block ends it is reduced to its QR factor and kept in
/// a ring of the last <c>span / refitInterval</c> blocks, and the fit for the new block is made from exactly those blocks.
/// So the fit in force at any sample depends only on the span before its block, whatever the chunking or starting point.
/// The harmonic columns are computed exactly at the first sample of each block (and of the state) and rotated one step
/// at a time within it.
/// </remarks>
internal sealed class EarthTidesState : IComponentState
{
    private readonly TideSolver _solver;
    private readonly DesignRow _layout;
    private readonly int _span;
    private readonly int _refit;
    private readonly int _blocks;
    private readonly int _minValid;
    private readonly long _stepTicks;
    private readonly double _stepHours;
    private readonly double _scaleHours;
    private readonly BlockBuffer _buffer;
    private readonly BlockStack _stack;
    private readonly double[] _rotation;
    private readonly CompressedBlock?[] _ring;
    private readonly long[] _ringIndex;
    private readonly double[] _row;
    private long _block;
    private double _blockOrigin;
    private TideFit? _fit;
    private bool _seek;

    public EarthTidesState(EarthTidesOptions options, TimeSpan step)
    {
        var settings = options.Model();
        _solver = new TideSolver(settings);
        _layout = _solver.Layout;
        _span = options.Span;
        _refit = options.RefitInterval;
        _blocks = options.Span / options.RefitInterval;
        _minValid = Math.Max((int)Math.Ceiling(options.MinCoverage * options.Span), _layout.Count + 1);
        _stepTicks = step.Ticks;
        _stepHours = step.TotalHours;
        _scaleHours = options.Span * _stepHours;
        _buffer = new BlockBuffer(_layout.Count, options.RefitInterval);
        _stack = new BlockStack(_layout.Count + 1, _layout.PolynomialCount);
        _rotation = _layout.Rotation(_stepHours);
        _ring = new CompressedBlock?[_blocks];
        _ringIndex = new long[_blocks];
        _row = new double[_layout.Count];
        Outputs = settings.OutputNames();
        WarmUp = options.Span + options.RefitInterval;
        Reset();
    }

    /// <summary><c>value</c> (observation − tide), <c>tide</c>, then amplitude and phase per constituent.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>span + refitInterval: the fit in force at a sample uses the span before the start of its block.</summary>
    public int WarmUp { get; }

    /// <summary>The fit in force after the last processed sample (for tests and diagnostics).</summary>
    internal TideFit? CurrentFit => _fit;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length < Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        if (n > 0 && input.Step.Ticks != _stepTicks)
        {
            throw new ArgumentException($"earth-tides was started for a step of {TimeSpan.FromTicks(_stepTicks)} but the block has {input.Step}", nameof(input));
        }

        var harmonics = _row.AsSpan(_layout.PolynomialCount);
        long unixTicks = DateTimeOffset.UnixEpoch.UtcTicks;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            long ticks = input.Start.UtcTicks + (i * _stepTicks);
            long block = FloorDiv(FloorDiv(ticks - unixTicks, _stepTicks), _refit);
            if (block != _block)
            {
                StartBlock(block);
            }

            double hours = AstronomicalArguments.HoursSinceJ2000(ticks);
            _layout.FillPolynomial((hours - _blockOrigin) / _scaleHours, _row);
            if (_seek)
            {
                _layout.FillHarmonics(hours, harmonics);
                _seek = false;
            }
            else
            {
                DesignRow.Advance(_rotation, harmonics);
            }

            double value = input.Values[i];
            if (double.IsFinite(value))
            {
                _buffer.Add(_row, value, hours);
            }

            Write(output, n, i, value, harmonics);
        }
    }

    public void Reset()
    {
        _buffer.Clear();
        Array.Clear(_ring);
        Array.Fill(_ringIndex, long.MinValue);
        _block = long.MinValue;
        _blockOrigin = double.NaN;
        _fit = null;
        _seek = true;
    }

    private void Write(Span<double> output, int n, int i, double value, ReadOnlySpan<double> harmonics)
    {
        if (_fit is null)
        {
            for (int k = 0; k < Outputs.Count; k++)
            {
                output[(k * n) + i] = double.NaN;
            }

            return;
        }

        double tide = _fit.Evaluate(harmonics);
        output[i] = value - tide;
        output[n + i] = tide;
        for (int c = 0; c < _fit.Amplitudes.Length; c++)
        {
            output[((2 + (2 * c)) * n) + i] = _fit.Amplitudes[c];
            output[((3 + (2 * c)) * n) + i] = _fit.Phases[c];
        }
    }

    /// <summary>Closes the current block into the ring and makes the fit for <paramref name="block"/>.</summary>
    private void StartBlock(long block)
    {
        if (_block != long.MinValue)
        {
            int slot = Slot(_block);
            _ring[slot] = _buffer.Compress(_blockOrigin);
            _ringIndex[slot] = _block;
        }

        _block = block;
        _blockOrigin = HoursAtIndex(block * _refit);
        _seek = true;
        _fit = Refit(block);
    }

    private TideFit? Refit(long block)
    {
        var window = new List<CompressedBlock>(_blocks);
        int valid = 0;
        double first = double.PositiveInfinity;
        double last = double.NegativeInfinity;
        for (long b = block - _blocks; b < block; b++)
        {
            int slot = Slot(b);
            if (_ringIndex[slot] == b && _ring[slot] is { } stored)
            {
                window.Add(stored);
                valid += stored.ValidCount;
                first = Math.Min(first, stored.FirstHours);
                last = Math.Max(last, stored.LastHours);
            }
        }

        if (valid < _minValid)
        {
            return null;
        }

        double origin = HoursAtIndex((block * _refit) - _span) + (_scaleHours / 2);
        var r = _stack.Combine(window, origin, _scaleHours);
        return _solver.Solve(r, last - first + _stepHours, (first + last) / 2, valid);
    }

    private double HoursAtIndex(long timeIndex) =>
        AstronomicalArguments.HoursSinceJ2000(DateTimeOffset.UnixEpoch.UtcTicks + (timeIndex * _stepTicks));

    private int Slot(long block) => (int)(((block % _blocks) + _blocks) % _blocks);

    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
