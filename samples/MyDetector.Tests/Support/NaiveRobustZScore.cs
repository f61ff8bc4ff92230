namespace MyDetector.Tests.Support;

/// <summary>The robust z-score written the slow, obvious way (sort the window for every sample), as a reference.</summary>
internal static class NaiveRobustZScore
{
    public static double[] Scores(double[] values, int windowSize, int minValid)
    {
        double[] scores = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            double[] window = values[Math.Max(0, i - windowSize)..i].Where(v => !double.IsNaN(v)).Order().ToArray();
            if (double.IsNaN(values[i]) || window.Length < minValid)
            {
                scores[i] = double.NaN;
                continue;
            }

            double median = Median(window);
            double mad = Median(window.Select(v => Math.Abs(v - median)).Order().ToArray());
            double scale = mad > 0 ? 1.4826 * mad : 1.2533 * window.Average(v => Math.Abs(v - median));
            double deviation = Math.Abs(values[i] - median);
            scores[i] = scale > 0 ? Math.Min(deviation / scale, 1000) : (deviation == 0 ? 0 : 1000);
        }

        return scores;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}
