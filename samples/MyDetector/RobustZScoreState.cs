using GeoAnomaly.Sdk;

namespace MyDetector;

/// <summary>The running state of <see cref="RobustZScoreDetector"/> on one channel.</summary>
/// <remarks>
/// Keeps the last <c>windowSize</c> samples in a ring (gaps included, so the window is a fixed span of time and the
/// warm-up is exactly the window size) and the valid ones among them in a sorted array, so the median is read directly
/// and the MAD is found by walking outwards from the median.
/// </remarks>
internal sealed class RobustZScoreState : IComponentState
{
    private const double MadToSigma = 1.4826;
    private const double MeanDeviationToSigma = 1.2533;

    private readonly int _minValid;
    private readonly double[] _ring;
    private readonly double[] _sorted;
    private int _next;
    private int _valid;

    public RobustZScoreState(int windowSize, int minValid)
    {
        _minValid = minValid;
        _ring = new double[windowSize];
        _sorted = new double[windowSize];
        Reset();
    }

    /// <summary>The score, then the window median the score is measured from.</summary>
    public IReadOnlyList<string> Outputs { get; } = ["score", "expected"];

    public int WarmUp => _ring.Length;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            double x = input.Values[i];
            double median = _valid >= _minValid ? Median() : double.NaN;
            output[i] = double.IsNaN(x) || double.IsNaN(median) ? double.NaN : Score(x, median);
            output[n + i] = median;
            Push(x);
        }
    }

    public void Reset()
    {
        Array.Fill(_ring, double.NaN);
        _next = 0;
        _valid = 0;
    }

    private double Score(double x, double median)
    {
        double deviation = Math.Abs(x - median);
        double scale = MadToSigma * Mad(median);
        if (scale == 0)
        {
            scale = MeanDeviationToSigma * MeanDeviation(median);
        }

        if (scale == 0)
        {
            return deviation == 0 ? 0 : RobustZScoreDetector.MaxScore;
        }

        return Math.Min(deviation / scale, RobustZScoreDetector.MaxScore);
    }

    /// <summary>Adds <paramref name="x"/> to the window, dropping the oldest sample.</summary>
    private void Push(double x)
    {
        double old = _ring[_next];
        if (!double.IsNaN(old))
        {
            int at = Array.BinarySearch(_sorted, 0, _valid, old);
            Array.Copy(_sorted, at + 1, _sorted, at, _valid - at - 1);
            _valid--;
        }

        if (!double.IsNaN(x))
        {
            int at = Array.BinarySearch(_sorted, 0, _valid, x);
            at = at < 0 ? ~at : at;
            Array.Copy(_sorted, at, _sorted, at + 1, _valid - at);
            _sorted[at] = x;
            _valid++;
        }

        _ring[_next] = x;
        _next = (_next + 1) % _ring.Length;
    }

    private double Median() =>
        _valid % 2 == 1 ? _sorted[_valid / 2] : (_sorted[(_valid / 2) - 1] + _sorted[_valid / 2]) / 2;

    /// <summary>
    /// The median of |v - median| over the sorted window. Deviations grow as we walk outwards from the median on either
    /// side, so merging the two walks lists them in increasing order; the middle one (or two) is the MAD.
    /// </summary>
    private double Mad(double median)
    {
        int right = LowerBound(median);
        int left = right - 1;
        int need = (_valid / 2) + 1;
        double previous = 0;
        double current = 0;
        for (int taken = 0; taken < need; taken++)
        {
            previous = current;
            bool takeLeft = right >= _valid || (left >= 0 && median - _sorted[left] <= _sorted[right] - median);
            current = takeLeft ? median - _sorted[left--] : _sorted[right++] - median;
        }

        return _valid % 2 == 1 ? current : (previous + current) / 2;
    }

    private double MeanDeviation(double median)
    {
        double sum = 0;
        for (int k = 0; k < _valid; k++)
        {
            sum += Math.Abs(_sorted[k] - median);
        }

        return sum / _valid;
    }

    private int LowerBound(double value)
    {
        int lo = 0;
        int hi = _valid;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
