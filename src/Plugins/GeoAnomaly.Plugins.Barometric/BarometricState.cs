using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Barometric;

/// <summary>The running state of <see cref="BarometricCorrection"/> on one well.</summary>
/// <remarks>
/// Per sample: the pressure enters <see cref="PressureHistory"/>; if the level and the pressures at every bin edge are
/// present, one regression row (differenced level on lag-bin pressure differences, intercept, tidal harmonics) enters
/// the current block of <see cref="FitWindow"/>. At each refit boundary (absolute sample index divisible by
/// <c>refitInterval</c>) the block closes and a new fit is solved from the trailing window.
/// <para>The removed response moves linearly from the previous fit's to the new fit's across each interval:
/// <c>e(t) = (1 - w)·e_previous(t) + w·e_new(t)</c>, w = (t - boundary) / refitInterval. Each fit measures pressure from
/// its own window's mean (unless a reference pressure is given), so switching abruptly would step the corrected level
/// by Σβ·Δp̄ (millimetres a day on the shared well) and by Δβ·(p - p̄) at every refit; blended, the correction is
/// continuous and a detector downstream sees no refit steps. Both fits use only samples before the boundary, so the
/// blend stays causal.</para>
/// </remarks>
internal sealed class BarometricState : IComponentState
{
    private readonly LagBins _bins;
    private readonly PressureHistory _pressure;
    private readonly FitWindow _window;
    private readonly TidalHarmonics? _tides;
    private readonly double[] _row;
    private readonly double[] _solution;
    private readonly int _refitInterval;
    private readonly long _minimumRows;
    private readonly double _scale;
    private readonly double _noiseVariance;
    private readonly double? _reference;
    private readonly double _sense;
    private readonly bool _vented;
    private long _next;
    private double _previousHeight;

    public BarometricState(BarometricOptions options, double pressureScale, TimeSpan step)
    {
        _bins = new LagBins(options.Lags, options.LagTerms);
        _pressure = new PressureHistory(_bins);
        _tides = options.EarthTides ? new TidalHarmonics(step) : null;
        int size = _bins.Count + 1 + (_tides is null ? 0 : TidalHarmonics.RegressorCount);
        _window = new FitWindow(options.Span / options.RefitInterval, size);
        _row = new double[size];
        _solution = new double[size];
        _refitInterval = options.RefitInterval;
        _minimumRows = options.MinimumRows;
        _scale = pressureScale;
        _noiseVariance = Math.Pow(options.PressureNoise * pressureScale, 2);
        _reference = options.ReferencePressure * pressureScale;
        _sense = options.LevelSense == LevelSense.Depth ? -1 : 1;
        _vented = options.Vented;
        WarmUp = options.Span + (2 * options.RefitInterval) + options.Lags + 1;
        Reset();
    }

    /// <summary>The corrected level, the removed response, and the fit's lag-0 and long-lag efficiencies.</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "baro_effect", "be_lag0", "be_long"];

    /// <summary><c>span + 2·refitInterval + lags + 1</c>: a state started this early has, at the first refit boundary
    /// after <c>lags + 1</c> samples, begun a block that counts, a span of such blocks later a full window, and one
    /// interval later the previous fit of the blend from a full window too.</summary>
    public int WarmUp { get; }

    /// <summary>The newest fit (made at the last refit boundary), or null when there is none (for tests and diagnostics).</summary>
    public BarometricFit? Fit { get; private set; }

    /// <summary>The fit before <see cref="Fit"/>, blended out over the current interval; null when there is none.</summary>
    public BarometricFit? PreviousFit { get; private set; }

    /// <summary>The lag bins of the response.</summary>
    public LagBins Bins => _bins;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        if (n == 0)
        {
            return;
        }

        if (input.CompanionCount < 1)
        {
            throw new ArgumentException("barometric: the block carries no companion channel; companion 0 must be the air pressure", nameof(input));
        }

        long step = input.Step.Ticks;
        long first = input.Start.UtcTicks / step;
        long offset = input.Start.UtcTicks - (first * step);
        if (_next != long.MinValue && first != _next)
        {
            throw new ArgumentException(
                $"barometric: samples must follow on: expected {new DateTime(_next * step, DateTimeKind.Utc):O}, got {input.Start.UtcDateTime:O}", nameof(input));
        }

        var levels = input.Values;
        var pressures = input.Companion(0);
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            long index = first + i;
            if (index % _refitInterval == 0 || _next == long.MinValue)
            {
                Boundary(index, (index * step) + offset);
            }

            _next = index + 1;
            Advance(levels[i], pressures[i], (double)(index % _refitInterval) / _refitInterval, output, i, n);
        }
    }

    public void Reset()
    {
        _pressure.Reset();
        _window.Reset();
        Fit = null;
        PreviousFit = null;
        _next = long.MinValue;
        _previousHeight = double.NaN;
    }

    /// <summary>At a refit boundary (or the first sample): closes the block, fits, opens the next one.</summary>
    private void Boundary(long index, long utcTicks)
    {
        long number = Math.DivRem(index, _refitInterval, out long phase);
        bool counts = phase == 0 && _pressure.Count >= _bins.MaxLag + 1;
        _window.Open(number, counts);
        _tides?.Anchor(utcTicks);
        _pressure.Resynchronise();
        if (phase != 0)
        {
            return;
        }

        var equations = _window.Sum(number, out double pressureSum, out long pressureCount);
        PreviousFit = Fit;
        Fit = null;
        ErrorsInVariables.Correct(equations, _bins, _noiseVariance, noisyResponse: !_vented);
        if (equations.Rows >= _minimumRows && pressureCount > 0
            && LeastSquaresSolver.Solve(equations, _solution, _bins.Count, out bool identified))
        {
            Fit = new BarometricFit(_bins, _solution, _reference ?? (pressureSum / pressureCount), identified, equations.Rows);
        }
    }

    private void Advance(double level, double pressure, double weight, Span<double> output, int i, int n)
    {
        double scaled = _scale * pressure;
        _pressure.Push(scaled);
        double water = _vented ? level : level - scaled;
        double height = _sense * water;
        if (!double.IsFinite(height))
        {
            height = double.NaN;
        }

        AddRow(height);
        _previousHeight = height;
        _tides?.Advance();

        double effect = double.NaN;
        var fit = Fit;
        if (fit is not null && double.IsFinite(scaled) && _pressure.SumsValid)
        {
            double response = Response(fit);
            if (PreviousFit is { } previous)
            {
                response = (weight * response) + ((1 - weight) * Response(previous));
            }

            effect = _sense * response;
        }

        output[i] = water - effect;
        output[n + i] = effect;
        output[(2 * n) + i] = fit?.EfficiencyLag0 ?? double.NaN;
        output[(3 * n) + i] = fit?.EfficiencyLong ?? double.NaN;
    }

    /// <summary>The response of <paramref name="fit"/> to the pressures now in the lag bins, relative to its window's
    /// mean pressure: <c>Σ_j β_j · (S_j - width_j · p̄)</c>.</summary>
    private double Response(BarometricFit fit)
    {
        var sums = _pressure.Sums;
        var coefficients = fit.Coefficients;
        double response = -fit.ReferenceOffset;
        for (int j = 0; j < coefficients.Length; j++)
        {
            response += coefficients[j] * sums[j];
        }

        return response;
    }

    /// <summary>Adds the regression row of the latest sample to the current block, when it has one.</summary>
    private void AddRow(double height)
    {
        var block = _window.Current;
        if (!block.Counts)
        {
            return;
        }

        var edges = _pressure.EdgeValues;
        double latest = edges[0];
        if (double.IsFinite(latest))
        {
            block.PressureSum += latest;
            block.PressureCount++;
        }

        double change = height - _previousHeight;
        if (!double.IsFinite(change))
        {
            return;
        }

        int count = _bins.Count;
        for (int j = 0; j < count; j++)
        {
            double difference = edges[j] - edges[j + 1];
            if (!double.IsFinite(difference))
            {
                return;
            }

            _row[j] = difference;
        }

        _row[_bins.Count] = 1;
        _tides?.Write(_row.AsSpan(_bins.Count + 1));
        block.Equations.Add(_row, change);
    }
}
