namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>
/// One batch of <c>spectral-residual-entire</c>: ML.NET's <c>SrCnnEntireModeler</c> (scores, alerts, magnitudes, and
/// in the richer modes expected values and margins). Results land in the public arrays, one entry per sample.
/// </summary>
/// <remarks>
/// Per batch: optional removal of the cycle (<see cref="Deseasonality"/>); the series extended by 5 copies of the
/// estimate from the last 6 samples before the final one; the saliency map (<see cref="SaliencyMap"/>, averaging 3);
/// the trailing mean of the map over 40 samples, whose first 12 entries ML.NET replaces by the 11th (index 10)
/// because a mean over fewer samples cannot show a large ratio; score = min(1, |s - mean| / max(mean, 1e-8) / 10).
/// An alert (score above the threshold) within 1.5 standard deviations of the batch mean is withdrawn and its score
/// set to 0, as ML.NET does. Mean and standard deviation are those of the series scored (after the cycle is removed)
/// over its observed samples, computed in two passes (ML.NET takes them from the series before the cycle is removed,
/// with the one-pass formula, which cancels catastrophically for a small variation on a large offset); a negligible
/// deviation (at most 1e-12 of the largest |value|, where ML.NET uses an absolute 1e-8) withdraws every alert.
/// </remarks>
internal sealed partial class EntireBatchModel
{
    private const int Lookahead = 5;
    private const int BackAdd = 5;
    private const int Averaging = 3;
    private const int Judgement = 40;
    private const int MinimumScoreWindow = 11;
    private const double ZScoreThreshold = 1.5;

    private readonly SpectralResidualEntireOptions _options;
    private readonly SaliencyMap _map = new(Averaging);
    private double[] _detect = [];
    private double[] _extended = [];
    private double[] _saliency = [];
    private double[] _average = [];
    private bool[] _isAlert = [];

    public EntireBatchModel(SpectralResidualEntireOptions options)
    {
        _options = options;
    }

    public double[] Score { get; private set; } = [];

    public double[] Alert { get; private set; } = [];

    public double[] Magnitude { get; private set; } = [];

    public double[] Expected { get; private set; } = [];

    public double[] Unit { get; private set; } = [];

    public double[] Upper { get; private set; } = [];

    public double[] Lower { get; private set; } = [];

    public double[] AnomalyScore { get; private set; } = [];

    /// <summary>Scores one batch.</summary>
    /// <param name="values">The batch, gaps filled; at least 12 samples.</param>
    /// <param name="valid">Which samples were observed; at least one.</param>
    public void Run(ReadOnlySpan<double> values, ReadOnlySpan<bool> valid)
    {
        int n = values.Length;
        Allocate(n);
        var detect = _detect.AsSpan(0, n);
        if (_options.Period > 0)
        {
            Deseasonality.Remove(values, valid, _options.Period, _options.DeseasonalityMode, detect);
        }
        else
        {
            values.CopyTo(detect);
        }

        SpectralResidual(detect);
        WithdrawSmallDeviations(detect, valid);
        switch (_options.DetectMode)
        {
            case SpectralResidualDetectMode.AnomalyAndExpectedValue:
                ExpectedValues(values, valid, detect);
                break;
            case SpectralResidualDetectMode.AnomalyAndMargin:
                ExpectedValues(values, valid, detect);
                Margins(values);
                break;
            default:
                break;
        }
    }

    private void SpectralResidual(ReadOnlySpan<double> detect)
    {
        int n = detect.Length;
        int length = n + BackAdd;
        var extended = _extended.AsSpan(0, length);
        detect.CopyTo(extended);
        extended[n..].Fill(SpectralResidualMath.PredictNext(detect, Lookahead));
        var saliency = _saliency.AsSpan(0, length);
        var average = _average.AsSpan(0, length);
        _map.Compute(extended, saliency);
        SpectralResidualMath.TrailingMean(saliency, Math.Min(length, Judgement), average);
        int shortest = Math.Min(length, MinimumScoreWindow);
        average[..(shortest + 1)].Fill(average[shortest - 1]);
        for (int i = 0; i < n; i++)
        {
            double score = Math.Min(SpectralResidualMath.RawScore(saliency[i], average[i]), 1);
            Score[i] = score;
            _isAlert[i] = score > _options.Threshold;
            Magnitude[i] = saliency[i];
        }
    }

    private void WithdrawSmallDeviations(ReadOnlySpan<double> detect, ReadOnlySpan<bool> valid)
    {
        int n = detect.Length;
        double sum = 0;
        double largest = 0;
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            if (valid[i])
            {
                sum += detect[i];
                largest = Math.Max(largest, Math.Abs(detect[i]));
                count++;
            }
        }

        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            if (valid[i])
            {
                squares += (detect[i] - mean) * (detect[i] - mean);
            }
        }

        double deviation = Math.Sqrt(squares / count);
        bool negligible = deviation <= SpectralResidualMath.RelativeAmplitudeFloor * largest;
        for (int i = 0; i < n; i++)
        {
            if (_isAlert[i] && (negligible || Math.Abs(detect[i] - mean) / deviation < ZScoreThreshold))
            {
                _isAlert[i] = false;
                Score[i] = 0;
            }

            Alert[i] = _isAlert[i] ? 1 : 0;
        }
    }

    private void Allocate(int n)
    {
        if (Score.Length >= n)
        {
            return;
        }

        Score = new double[n];
        Alert = new double[n];
        Magnitude = new double[n];
        _detect = new double[n];
        _isAlert = new bool[n];
        _extended = new double[n + BackAdd];
        _saliency = new double[n + BackAdd];
        _average = new double[n + BackAdd];
        if (_options.DetectMode != SpectralResidualDetectMode.AnomalyOnly)
        {
            Expected = new double[n];
            Unit = new double[n];
            Upper = new double[n];
            Lower = new double[n];
            AnomalyScore = new double[n];
            _lowRe = new double[n];
            _lowIm = new double[n];
            _outlier = new bool[n];
        }
    }
}
