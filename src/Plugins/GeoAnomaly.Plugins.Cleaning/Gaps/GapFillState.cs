using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Sdk;
using MathNet.Numerics.Interpolation;

namespace GeoAnomaly.Plugins.Cleaning.Gaps;

/// <summary>The state of <see cref="GapFillPreprocessor"/>: each call is a whole series, filled independently.</summary>
internal sealed class GapFillState : IComponentState
{
    private readonly int _maxGap;
    private readonly GapFillMethod _method;
    private readonly int _neighbours;
    private readonly List<double> _knotX = [];
    private readonly List<double> _knotY = [];
    private readonly PolynomialFitter _cubic = new(3, robust: false);
    private readonly double[] _coefficients = new double[4];

    public GapFillState(GapFillOptions options)
    {
        _maxGap = options.MaxGap;
        _method = options.Method;
        _neighbours = options.Neighbours;
    }

    /// <summary>Only <c>value</c>: the series with short gaps filled.</summary>
    public IReadOnlyList<string> Outputs { get; } = ["value"];

    /// <summary>The farthest a filled value looks back: the longest filled gap plus the spline's search reach. Outputs
    /// also look as far ahead, which is why the component is retrospective.</summary>
    public int WarmUp => _maxGap + (_method == GapFillMethod.Linear ? 1 : 2 * _neighbours);

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {n}", nameof(output));
        }

        var x = input.Values;
        x.CopyTo(output);
        int i = 0;
        while (i < n)
        {
            if (!double.IsNaN(x[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < n && double.IsNaN(x[i]))
            {
                i++;
            }

            if (start > 0 && i < n && i - start <= _maxGap)
            {
                if ((start & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Fill(x, output, start, i);
            }
        }
    }

    public void Reset()
    {
    }

    /// <summary>Fills the gap [<paramref name="start"/>, <paramref name="end"/>), which has a valid sample on each side.</summary>
    private void Fill(ReadOnlySpan<double> x, Span<double> output, int start, int end)
    {
        if ((_method == GapFillMethod.Spline && TrySpline(x, output, start, end))
            || (_method == GapFillMethod.Cubic && TryCubic(x, output, start, end)))
        {
            return;
        }

        double before = x[start - 1];
        double after = x[end];
        double span = end - start + 1;
        for (int j = start; j < end; j++)
        {
            output[j] = before + ((after - before) * (j - start + 1) / span);
        }
    }

    /// <summary>Fits a least-squares cubic to up to <c>neighbours</c> valid samples each side (searched within twice that
    /// distance) and reads it in the gap; false when a side has fewer than 2.</summary>
    private bool TryCubic(ReadOnlySpan<double> x, Span<double> output, int start, int end)
    {
        int reach = 2 * _neighbours;
        int from = start - 1;
        for (int left = 0; from >= Math.Max(0, start - reach); from--)
        {
            if (!double.IsNaN(x[from]) && ++left == _neighbours)
            {
                break;
            }
        }

        int to = end;
        for (int right = 0; to < Math.Min(x.Length, end + reach); to++)
        {
            if (!double.IsNaN(x[to]) && ++right == _neighbours)
            {
                break;
            }
        }

        from = Math.Max(from, Math.Max(0, start - reach));
        to = Math.Min(to, x.Length - 1);
        if (Valid(x, from, start) < 2 || Valid(x, end, to + 1) < 2)
        {
            return false;
        }

        double origin = 0.5 * (start + end - 1) - from;
        double scale = Math.Max(1, 0.5 * (to - from));
        if (!_cubic.Fit(x[from..(to + 1)], origin, scale, _coefficients))
        {
            return false;
        }

        for (int j = start; j < end; j++)
        {
            output[j] = PolynomialFitter.Evaluate(_coefficients, (j - from - origin) / scale);
        }

        return true;
    }

    private static int Valid(ReadOnlySpan<double> x, int from, int to)
    {
        int count = 0;
        for (int j = from; j < to; j++)
        {
            count += double.IsNaN(x[j]) ? 0 : 1;
        }

        return count;
    }

    private bool TrySpline(ReadOnlySpan<double> x, Span<double> output, int start, int end)
    {
        _knotX.Clear();
        _knotY.Clear();
        int reach = 2 * _neighbours;
        int left = 0;
        for (int j = start - 1; j >= Math.Max(0, start - reach) && left < _neighbours; j--)
        {
            if (!double.IsNaN(x[j]))
            {
                _knotX.Add(j);
                _knotY.Add(x[j]);
                left++;
            }
        }

        _knotX.Reverse();
        _knotY.Reverse();
        int right = 0;
        for (int j = end; j < Math.Min(x.Length, end + reach) && right < _neighbours; j++)
        {
            if (!double.IsNaN(x[j]))
            {
                _knotX.Add(j);
                _knotY.Add(x[j]);
                right++;
            }
        }

        if (left < 2 || right < 2)
        {
            return false;
        }

        // Knots are relative to the gap start so the spline's abscissae stay small.
        double[] knots = new double[_knotX.Count];
        for (int k = 0; k < knots.Length; k++)
        {
            knots[k] = _knotX[k] - start;
        }

        var spline = CubicSpline.InterpolateNaturalSorted(knots, [.. _knotY]);
        for (int j = start; j < end; j++)
        {
            output[j] = spline.Interpolate(j - start);
        }

        return true;
    }
}
