namespace GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

/// <summary>
/// The entire-series detector's anomaly-only outputs (score, alert, magnitude) from <see cref="NaiveSpectralResidual"/>,
/// batch by batch, following ML.NET's <c>SrCnnEntireModeler</c> as documented: extension by 5 estimates from 5 gradients,
/// averaging 3, judgement 40 (the first 12 means replaced by the 11th), score capped at 1, alerts within 1.5 standard
/// deviations withdrawn. No gaps, no cycle.
/// </summary>
internal static class NaiveSpectralResidualEntire
{
    public static (double[] Score, double[] Alert, double[] Magnitude) Run(double[] values, int batchSize, double threshold)
    {
        int n = values.Length;
        double[] score = new double[n];
        double[] alert = new double[n];
        double[] magnitude = new double[n];
        for (int start = 0; start < n; start += batchSize)
        {
            int length = Math.Min(batchSize, n - start);
            int from = length < 12 ? n - batchSize : start;
            double[] batch = values[from..Math.Min(n, from + batchSize)];
            var (s, a, m) = Batch(batch, threshold);
            for (int i = 0; i < length; i++)
            {
                score[start + i] = s[start - from + i];
                alert[start + i] = a[start - from + i];
                magnitude[start + i] = m[start - from + i];
            }
        }

        return (score, alert, magnitude);
    }

    private static (double[] Score, double[] Alert, double[] Magnitude) Batch(double[] x, double threshold)
    {
        int n = x.Length;
        double[] map = NaiveSpectralResidual.SaliencyMap(NaiveSpectralResidual.Extend(x, 5, 5), 3);
        int width = Math.Min(map.Length, 40);
        double[] mean = Enumerable.Range(0, map.Length).Select(i => NaiveSpectralResidual.Mean(map, Math.Max(0, i - width + 1), i)).ToArray();
        double early = mean[10];
        for (int i = 0; i <= 11; i++)
        {
            mean[i] = early;
        }

        double average = x.Average();
        double deviation = Math.Sqrt(x.Sum(v => (v - average) * (v - average)) / n);
        double[] score = new double[n];
        double[] alert = new double[n];
        for (int i = 0; i < n; i++)
        {
            score[i] = Math.Min(1, NaiveSpectralResidual.Score(map[i], mean[i]));
            bool anomaly = score[i] > threshold && deviation > 0 && Math.Abs(x[i] - average) / deviation >= 1.5;
            if (score[i] > threshold && !anomaly)
            {
                score[i] = 0;
            }

            alert[i] = anomaly ? 1 : 0;
        }

        return (score, alert, map[..n]);
    }
}
