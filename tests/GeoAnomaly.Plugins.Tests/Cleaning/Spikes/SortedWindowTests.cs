using GeoAnomaly.Plugins.Cleaning.Spikes;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Spikes;

public sealed class SortedWindowTests
{
    [Fact]
    public void Median_and_MAD_match_sorting_after_any_sequence_of_adds_and_removes()
    {
        // Given: a window that grows, slides and shrinks over values with repeats
        var random = new Random(8);
        var window = new SortedWindow(25);
        var held = new List<double>();

        for (int step = 0; step < 5000; step++)
        {
            // When
            if (held.Count < 25 && (held.Count == 0 || random.NextDouble() < 0.55))
            {
                double v = Math.Round(random.NextDouble() * 20, 1);
                window.Add(v);
                held.Add(v);
            }
            else
            {
                double v = held[random.Next(held.Count)];
                window.Remove(v);
                held.Remove(v);
            }

            // Then
            var sorted = held.Order().ToList();
            double median = Median(sorted);
            Assert.Equal(median, window.Median(), 12);
            Assert.Equal(Median(sorted.Select(x => Math.Abs(x - median)).Order().ToList()), window.MedianAbsoluteDeviation(window.Median()), 12);
        }
    }

    [Fact]
    public void An_empty_window_has_no_median()
    {
        // Given
        var window = new SortedWindow(3);

        // When
        double median = window.Median();

        // Then
        Assert.True(double.IsNaN(median) && double.IsNaN(window.MedianAbsoluteDeviation(0)));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
