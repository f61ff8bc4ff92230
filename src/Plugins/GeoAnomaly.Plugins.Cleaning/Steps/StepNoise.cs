using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>The noise scale of the step statistic: S₀ over gap-free boundaries, and S(g) across gaps of g samples,
/// measured on the series itself.</summary>
/// <remarks>
/// <para>S₀ = 1.4826 × MAD of h over every tested boundary (at most 2²⁰ of them, evenly strided): steps are rare, so
/// the MAD sees the ordinary fluctuation of h.</para>
/// <para>Across a gap the fit must carry the signal over the missing stretch, and red noise wanders while it is
/// missing, so h scatters more, by an amount that depends on the series. S(g) is therefore measured, not modelled:
/// h is computed (with the gap design's kernel, <see cref="StepStatistic.Kernel"/>) at up to 256 gap-free places
/// spread over the series with g samples blanked out, and S(g) is
/// 1.4826 × MAD of those values (at least S₀). Gap lengths are grouped in √2-wide bins and each bin is measured at its
/// longest gap; a bin with fewer than 16 clean places to measure on gets S = ∞ (its boundaries are not tested).</para>
/// </remarks>
internal sealed class StepNoise
{
    private const int MaxSample = 1 << 20;
    private const int Probes = 256;
    private const int MinProbes = 16;

    private readonly Dictionary<int, double> _binScale = [];

    /// <summary>S₀, the scale of gap-free boundaries; 0 when nothing was tested.</summary>
    public double Scale { get; private set; }

    /// <summary>Measures S₀ from <paramref name="h"/> and S(g) for every bin of gap lengths in <paramref name="gaps"/>.</summary>
    /// <param name="x">The series.</param>
    /// <param name="h">The statistic.</param>
    /// <param name="gaps">The tested boundaries across gaps.</param>
    /// <param name="statistic">Fits h at a blanked boundary.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public void Measure(ReadOnlySpan<double> x, ReadOnlySpan<double> h, List<(int After, int Gap)> gaps, StepStatistic statistic, CancellationToken cancellationToken)
    {
        Scale = RobustScale(h);
        _binScale.Clear();
        var longest = new Dictionary<int, int>();
        foreach (var (_, gap) in gaps)
        {
            int bin = Bin(gap);
            longest[bin] = Math.Max(gap, longest.GetValueOrDefault(bin));
        }

        int[] missing = new int[x.Length + 1];
        for (int j = 0; j < x.Length; j++)
        {
            missing[j + 1] = missing[j] + (double.IsNaN(x[j]) ? 1 : 0);
        }

        foreach (var (bin, gap) in longest.OrderBy(p => p.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _binScale[bin] = Probe(x, missing, gap, statistic);
        }
    }

    /// <summary>The scale of h at a boundary across <paramref name="gap"/> missing samples (0 for none).</summary>
    /// <param name="gap">Missing samples between the two sides.</param>
    public double For(int gap) => gap <= 0 ? Scale : _binScale.GetValueOrDefault(Bin(gap), double.PositiveInfinity);

    private static int Bin(int gap) => (int)Math.Floor(2 * Math.Log2(gap));

    private double Probe(ReadOnlySpan<double> x, int[] missing, int gap, StepStatistic statistic)
    {
        int w = statistic.Window;
        int length = (2 * w) + gap;
        int n = x.Length;
        if (n < length)
        {
            return double.PositiveInfinity;
        }

        double[] kernel = statistic.Kernel(gap);
        double[] values = new double[Probes];
        int count = 0;
        int stride = Math.Max(1, (n - length) / Probes);
        for (int k = 0; k < Probes; k++)
        {
            int from = k * stride;
            int end = Math.Min(n - length, from + stride - 1);
            while (from <= end && missing[from + length] != missing[from])
            {
                from++;
            }

            if (from <= end)
            {
                double reference = x[from + w - 1];
                values[count++] = StepStatistic.Dot(kernel.AsSpan(0, w), x.Slice(from, w), reference)
                    + StepStatistic.Dot(kernel.AsSpan(w, w), x.Slice(from + w + gap, w), reference);
            }
        }

        if (count < MinProbes)
        {
            return double.PositiveInfinity;
        }

        var sample = values.AsSpan(0, count);
        double median = Selection.Median(sample);
        return Math.Max(Scale, Selection.MadScale(sample, median));
    }

    private static double RobustScale(ReadOnlySpan<double> h)
    {
        int finite = 0;
        foreach (double v in h)
        {
            finite += double.IsNaN(v) ? 0 : 1;
        }

        if (finite == 0)
        {
            return 0;
        }

        int stride = Math.Max(1, (finite + MaxSample - 1) / MaxSample);
        double[] sample = new double[(finite + stride - 1) / stride];
        int seen = 0;
        int count = 0;
        foreach (double v in h)
        {
            if (!double.IsNaN(v) && seen++ % stride == 0)
            {
                sample[count++] = v;
            }
        }

        var values = sample.AsSpan(0, count);
        double median = Selection.Median(values);
        return Selection.MadScale(values, median);
    }
}
