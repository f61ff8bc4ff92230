using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>The running state of <see cref="DetrendPreprocessor"/> on one channel: the last <c>span</c> samples and the
/// fit in force.</summary>
/// <remarks>
/// The samples sit in a doubled ring (each written twice, <c>span</c> apart), so the window is one contiguous run,
/// oldest first, and a fit reads it in time order whatever the ring's position: the same window gives bitwise the same
/// fit however long the state has run. A fit is made at samples whose absolute index (<see cref="SampleBlock.Start"/>
/// in ticks over the step, plus the offset) is a multiple of <c>refitInterval</c>, and as soon as possible while no
/// fit is in force; it needs max(degree + 2, span / 2) valid samples in the window, and a scheduled fit without them
/// withdraws the fit in force (outputs NaN until enough samples return).
/// </remarks>
internal sealed class DetrendState : IComponentState
{
    private readonly int _span;
    private readonly int _refitInterval;
    private readonly int _minValid;
    private readonly PolynomialFitter _fitter;
    private readonly double[] _ring;
    private readonly double[] _coefficients;
    private int _head;
    private int _seen;
    private int _valid;
    private bool _hasFit;
    private int _sinceFit;

    public DetrendState(DetrendOptions options)
    {
        _span = options.Span;
        _refitInterval = options.RefitInterval;
        _minValid = Math.Max(options.Degree + 2, options.Span / 2);
        _fitter = new PolynomialFitter(options.Degree, options.Method == DetrendMethod.Bisquare);
        _ring = new double[2 * _span];
        _coefficients = new double[options.Degree + 1];
        Reset();
    }

    /// <summary><c>value</c> (the residual x - trend), <c>trend</c> (the fitted trend at the sample) and <c>slope</c>
    /// (its derivative, channel units per day).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value", "trend", "slope"];

    /// <summary><c>span + refitInterval - 1</c>: by then a fresh state has made a scheduled fit on a window it saw whole.</summary>
    public int WarmUp => _span + _refitInterval - 1;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != 3 * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected 3 x {n}", nameof(output));
        }

        long step = input.Step.Ticks;
        int phase = (int)((input.Start.UtcTicks / step) % _refitInterval);
        double perDay = (double)TimeSpan.TicksPerDay / step / _span;
        var x = input.Values;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Push(x[i]);
            if (phase == 0 || !_hasFit)
            {
                Refit(phase == 0);
            }
            else
            {
                _sinceFit++;
            }

            double trend = double.NaN;
            double slope = double.NaN;
            if (_hasFit)
            {
                double t = (double)_sinceFit / _span;
                trend = PolynomialFitter.Evaluate(_coefficients, t);
                slope = PolynomialFitter.Derivative(_coefficients, t) * perDay;
            }

            output[i] = x[i] - trend;
            output[n + i] = trend;
            output[(2 * n) + i] = slope;
            phase = phase + 1 == _refitInterval ? 0 : phase + 1;
        }
    }

    public void Reset()
    {
        _head = 0;
        _seen = 0;
        _valid = 0;
        _hasFit = false;
        _sinceFit = 0;
    }

    private void Push(double value)
    {
        if (_seen == _span)
        {
            _valid -= double.IsNaN(_ring[_head]) ? 0 : 1;
        }
        else
        {
            _seen++;
        }

        _ring[_head] = value;
        _ring[_head + _span] = value;
        _head = _head + 1 == _span ? 0 : _head + 1;
        _valid += double.IsNaN(value) ? 0 : 1;
    }

    private void Refit(bool scheduled)
    {
        if (_valid >= _minValid)
        {
            var window = _ring.AsSpan(_head + _span - _seen, _seen);
            _hasFit = _fitter.Fit(window, _seen - 1, _span, _coefficients);
            _sinceFit = 0;
        }
        else if (scheduled)
        {
            _hasFit = false;
        }
    }
}
