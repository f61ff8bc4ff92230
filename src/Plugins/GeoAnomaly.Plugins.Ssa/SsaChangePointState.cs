using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Ssa;

/// <summary>The running state of <see cref="SsaChangePointDetector"/> on one channel.</summary>
/// <remarks>
/// Everything is kept in rings indexed by sample (gaps included), so the state is a function of a fixed span of recent
/// samples: the last <c>trainingWindowSize</c> values (missing ones bridged by the last valid value), the raw scores and
/// log-bets of the last <c>changeHistoryLength</c> samples, and the model fitted at the last scheduled re-fit.
/// Re-fits happen where the sample's absolute index (<see cref="SampleBlock.Start"/> in ticks over the step) is a
/// multiple of <c>refitInterval</c>, and once as soon as a fresh state holds a full training window.
/// </remarks>
internal sealed class SsaChangePointState : IComponentState
{
    private const double Ln10 = 2.302585092994046;

    private readonly int _length;
    private readonly int _history;
    private readonly int _refitInterval;
    private readonly int _maxGapFill;
    private readonly ErrorFunction _errorFunction;
    private readonly MartingaleType _martingale;
    private readonly double _epsilon;
    private readonly double _logThreshold;
    private readonly SsaTrainer _trainer;
    private readonly SsaForecaster _forecaster;
    private readonly double[] _values;
    private readonly double[] _residuals;
    private readonly double[] _logBets;
    private readonly double[] _scratch;
    private int _head;
    private long _count;
    private int _slot;
    private bool _started;
    private bool _hasModel;
    private bool _betting;
    private int _residualsSeen;
    private int _sinceCondition;
    private int _gapRun;
    private double _lastValid;

    public SsaChangePointState(SsaChangePointOptions options)
    {
        _length = options.TrainingWindowSize;
        _history = options.ChangeHistoryLength;
        _refitInterval = options.RefitInterval;
        _maxGapFill = options.MaxGapFill;
        _errorFunction = options.ErrorFunction;
        _martingale = options.Martingale;
        _epsilon = options.PowerMartingaleEpsilon;
        _logThreshold = Martingale.LogThreshold(_martingale, options.Confidence, _epsilon, _history);
        _trainer = new SsaTrainer(_length, options.SeasonalWindowSize);
        _forecaster = new SsaForecaster(options.SeasonalWindowSize);
        _values = new double[2 * _length];
        _residuals = new double[_history];
        _logBets = new double[_history];
        _scratch = new double[_history];
        WarmUp = _length + _maxGapFill + _refitInterval + (3 * _history);
        Reset();
    }

    /// <summary>Primary score, then ML.NET's four outputs, then the forecast the raw score was measured from.</summary>
    public IReadOnlyList<string> Outputs { get; } = ["score", "alert", "rawScore", "pValue", "martingale", "expected"];

    /// <summary>
    /// <c>N + G + k + 3H</c>: a fresh state has its first scheduled re-fit on data it saw itself within N + G + k
    /// samples (training window, longest bridged gap, re-fit interval); raw scores then agree, p-values H samples
    /// later (their history), the martingale H later (its bets), and the alert H later (its hold-off).
    /// </summary>
    public int WarmUp { get; }

    /// <summary>The natural log of the alert threshold (+∞ without a martingale).</summary>
    public double LogThreshold => _logThreshold;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        // Sample i is at absolute index start/step + i exactly (the remainder of start/step stays below one step);
        // its phase in the re-fit schedule is that index modulo the interval, advanced without dividing per sample.
        long step = input.Step.Ticks;
        int phase = (int)((input.Start.UtcTicks / step) % _refitInterval);
        var values = input.Values;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Advance(values[i], phase == 0, output, i, n);
            phase = phase + 1 == _refitInterval ? 0 : phase + 1;
        }
    }

    public void Reset()
    {
        _head = 0;
        _count = 0;
        _slot = 0;
        _started = false;
        _hasModel = false;
        _betting = false;
        _residualsSeen = 0;
        _sinceCondition = _history;
        _gapRun = 0;
        _lastValid = double.NaN;
        Array.Fill(_residuals, double.NaN);
        Array.Clear(_logBets);
    }

    private void Advance(double x, bool refitDue, Span<double> output, int i, int n)
    {
        double score = double.NaN;
        double alert = double.NaN;
        double raw = double.NaN;
        double p = double.NaN;
        double martingale = double.NaN;
        double expected = double.NaN;
        if (double.IsNaN(x))
        {
            if (_started)
            {
                if (++_gapRun > _maxGapFill)
                {
                    Reset();
                }
                else
                {
                    Record(double.NaN, 0);
                    Consume(_lastValid, refitDue);
                }
            }
        }
        else
        {
            _started = true;
            _gapRun = 0;
            _lastValid = x;
            if (_hasModel && double.IsFinite(_forecaster.Prediction))
            {
                expected = _forecaster.Prediction;
                raw = ErrorFunctions.Apply(_errorFunction, x, expected);
            }

            if (double.IsFinite(raw))
            {
                p = Martingale.TwoSided(KernelPValue.UpperTail(raw, _residuals, _scratch));
                double logMartingale = Bet(raw, p);
                bool condition = _martingale != MartingaleType.None && _residualsSeen >= _history && logMartingale >= _logThreshold;
                alert = condition && _sinceCondition >= _history ? 1 : 0;
                if (condition)
                {
                    _sinceCondition = 0;
                }

                if (_martingale == MartingaleType.None)
                {
                    score = -Math.Log10(p);
                }
                else
                {
                    score = logMartingale / Ln10;
                    martingale = Math.Exp(Math.Min(logMartingale, Martingale.MaxLog));
                }
            }
            else
            {
                raw = double.NaN;
                expected = double.NaN;
                Record(double.NaN, 0);
            }

            Consume(x, refitDue);
        }

        output[i] = score;
        output[n + i] = alert;
        output[(2 * n) + i] = raw;
        output[(3 * n) + i] = p;
        output[(4 * n) + i] = martingale;
        output[(5 * n) + i] = expected;
    }

    /// <summary>Records a scored sample and returns the log martingale: the sum of the last H log-bets (ML.NET fills
    /// the window with the first bet).</summary>
    private double Bet(double raw, double p)
    {
        double bet = Martingale.LogBet(_martingale, p, _epsilon);
        if (!_betting && _martingale != MartingaleType.None)
        {
            Array.Fill(_logBets, bet);
            _betting = true;
        }

        Record(raw, bet);
        _residualsSeen = Math.Min(_residualsSeen + 1, _history);
        double sum = 0;
        foreach (double b in _logBets)
        {
            sum += b;
        }

        return sum;
    }

    /// <summary>Moves the rings on by one sample: its raw score (NaN if none) and log-bet (0, no bet, if none).</summary>
    private void Record(double raw, double logBet)
    {
        _residuals[_slot] = raw;
        if (_betting)
        {
            _logBets[_slot] = logBet;
        }

        _slot = _slot + 1 == _history ? 0 : _slot + 1;
        _sinceCondition = Math.Min(_sinceCondition + 1, _history);
    }

    /// <summary>Feeds a value (observed or bridged) to the model: store it, then re-fit or step the forecaster.</summary>
    private void Consume(double value, bool refitDue)
    {
        _values[_head] = value;
        _values[_head + _length] = value;
        _head = _head + 1 == _length ? 0 : _head + 1;
        _count++;
        if (_count < _length)
        {
            return;
        }

        var recent = _values.AsSpan(_head, _length);
        if (!_hasModel || refitDue)
        {
            _trainer.Fit(recent, _forecaster.Model);
            _forecaster.Recompute(recent);
            _hasModel = true;
        }
        else
        {
            int window = _forecaster.Model.Window;
            _forecaster.Step(recent.Slice(_length - window, window));
        }
    }
}
