using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>The running state of <see cref="DetrendPreprocessor"/> on one channel: the last <c>span</c> samples and the
/// fit in force.</summary>
/// <remarks>
/// <para>The samples sit in a doubled ring (each written twice, <c>span</c> apart), so the window is one contiguous run,
/// oldest first. A fit is made at samples whose absolute index (<see cref="SampleBlock.Start"/> in ticks over the step,
/// plus the offset) is a multiple of <c>refitInterval</c>, and as soon as possible while no fit is in force; it needs
/// max(degree + 2, span / 2) valid samples in the window, and a scheduled fit without them withdraws the fit in force
/// (outputs NaN until enough samples return).</para>
/// <para>Least squares solves from running power sums (<see cref="TrendMoments"/>), updated as samples enter and leave
/// and recomputed from the window at every absolute index divisible by the rebase interval (the smallest multiple of
/// <c>refitInterval</c> of at least span / 4), so a fit costs O(degree³) and a state resumed <see cref="WarmUp"/> samples
/// early holds bitwise the same sums. Bisquare refits from the window itself.</para>
/// </remarks>
internal sealed class DetrendState : IComponentState
{
    private readonly int _span;
    private readonly int _refitInterval;
    private readonly int _rebaseInterval;
    private readonly int _minValid;
    private readonly PolynomialFitter? _robust;
    private readonly TrendMoments _moments;
    private readonly double[] _ring;
    private readonly double[] _coefficients;
    private int _head;
    private int _seen;
    private int _valid;
    private long _count;
    private bool _hasFit;
    private long _fitOrigin;

    public DetrendState(DetrendOptions options)
    {
        _span = options.Span;
        _refitInterval = options.RefitInterval;
        _rebaseInterval = options.RefitInterval * (int)Math.Ceiling(options.Span / (4.0 * options.RefitInterval));
        _minValid = Math.Max(options.Degree + 2, options.Span / 2);
        _robust = options.Method == DetrendMethod.Bisquare ? new PolynomialFitter(options.Degree, robust: true) : null;
        _moments = new TrendMoments(options.Degree);
        _ring = new double[2 * _span];
        _coefficients = new double[options.Degree + 1];
        WarmUp = _robust is null ? _span + _rebaseInterval - 1 : _span + _refitInterval - 1;
        Reset();
    }

    /// <summary><c>value</c> (the residual x - trend), <c>trend</c> (the fitted trend at the sample) and <c>slope</c>
    /// (its derivative, channel units per day).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "trend", "slope"];

    /// <summary><c>span + rebase interval - 1</c> for least squares (by then a fresh state has rebuilt its sums, and
    /// refitted, on a window it saw whole), <c>span + refitInterval - 1</c> for bisquare.</summary>
    public int WarmUp { get; }

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != 3 * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected 3 x {n}", nameof(output));
        }

        long step = input.Step.Ticks;
        long absolute = input.Start.UtcTicks / step;
        int phase = (int)(absolute % _refitInterval);
        int rebasePhase = (int)(absolute % _rebaseInterval);
        double perDay = (double)TimeSpan.TicksPerDay / step / _span;
        var x = input.Values;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Push(x[i], rebasePhase == 0);
            if (phase == 0 || !_hasFit)
            {
                Refit(phase == 0);
            }

            double trend = double.NaN;
            double slope = double.NaN;
            if (_hasFit)
            {
                double t = (double)(_count - _fitOrigin) / _span;
                trend = PolynomialFitter.Evaluate(_coefficients, t);
                slope = PolynomialFitter.Derivative(_coefficients, t) * perDay;
            }

            output[i] = x[i] - trend;
            output[n + i] = trend;
            output[(2 * n) + i] = slope;
            phase = phase + 1 == _refitInterval ? 0 : phase + 1;
            rebasePhase = rebasePhase + 1 == _rebaseInterval ? 0 : rebasePhase + 1;
            _count++;
        }
    }

    public void Reset()
    {
        _head = 0;
        _seen = 0;
        _valid = 0;
        _count = 0;
        _hasFit = false;
        _fitOrigin = 0;
        _moments.Rebase(0, _span, 0);
    }

    private Span<double> Window => _ring.AsSpan(_head + _span - _seen, _seen);

    /// <summary>Adds the sample of counter <see cref="_count"/>, drops the one <c>span</c> before it, and rebuilds the
    /// power sums when due (or when they have emptied, to take a fresh reference level).</summary>
    private void Push(double value, bool rebase)
    {
        if (_seen == _span)
        {
            double oldest = _ring[_head];
            if (!double.IsNaN(oldest))
            {
                _valid--;
                _moments.Update(_count - _span, oldest, -1);
            }
        }
        else
        {
            _seen++;
        }

        _ring[_head] = value;
        _ring[_head + _span] = value;
        _head = _head + 1 == _span ? 0 : _head + 1;
        if (!double.IsNaN(value))
        {
            _valid++;
            rebase |= _moments.Count == 0;
            _moments.Update(_count, value, 1);
        }

        if (rebase && _robust is null)
        {
            Rebuild();
        }
    }

    private void Rebuild()
    {
        var window = Window;
        double reference = 0;
        foreach (double v in window)
        {
            if (!double.IsNaN(v))
            {
                reference = v;
                break;
            }
        }

        _moments.Rebase(_count, _span, reference);
        long first = _count - window.Length + 1;
        for (int j = 0; j < window.Length; j++)
        {
            if (!double.IsNaN(window[j]))
            {
                _moments.Update(first + j, window[j], 1);
            }
        }
    }

    private void Refit(bool scheduled)
    {
        if (_valid >= _minValid)
        {
            if (_robust is null)
            {
                _hasFit = _moments.TrySolve(_coefficients);
                _fitOrigin = _moments.Origin;
            }
            else
            {
                _hasFit = _robust.Fit(Window, _seen - 1, _span, _coefficients);
                _fitOrigin = _count;
            }
        }
        else if (scheduled)
        {
            _hasFit = false;
        }
    }
}
