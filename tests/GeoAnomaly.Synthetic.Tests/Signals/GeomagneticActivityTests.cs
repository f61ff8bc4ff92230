using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class GeomagneticActivityTests
{
    private static readonly TimeAxis s_axis = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), 20 * 1440);

    [Fact]
    public void Storm_profile_rises_at_onset_reaches_minus_depth_at_the_minimum_and_recovers_exponentially()
    {
        // Given
        var storm = new MagneticStorm(s_axis.Start.AddDays(2), 25, TimeSpan.FromHours(2), TimeSpan.FromHours(6), 150, TimeSpan.FromHours(20));

        // When
        double before = storm.ValueAt(-0.01);
        double initial = storm.ValueAt(1);
        double minimum = storm.ValueAt(8);
        double oneRecoveryTime = storm.ValueAt(28);

        // Then
        Assert.Equal(0, before);
        Assert.Equal(25, initial, 1e-12);
        Assert.Equal(-150, minimum, 1e-9);
        Assert.Equal(-150 / Math.E, oneRecoveryTime, 1e-9);
        Assert.Equal(storm.ValueAt(2 - 1e-9), storm.ValueAt(2 + 1e-9), 1e-6);
        Assert.Equal(storm.ValueAt(8 - 1e-9), storm.ValueAt(8 + 1e-9), 1e-6);
    }

    [Fact]
    public void Drawn_storms_are_ordered_and_within_the_documented_ranges()
    {
        // When
        var storms = GeomagneticActivity.DrawStorms(new SeededRandom(9), s_axis, ratePerDay: 2);

        // Then
        Assert.InRange(storms.Count, 20, 70);
        Assert.Equal(storms.OrderBy(s => s.Onset), storms);
        Assert.All(storms, s =>
        {
            Assert.InRange(s.Onset, s_axis.Start.AddDays(-3), s_axis.TimeAt(s_axis.Count));
            Assert.InRange(s.Depth, 40, 400);
            Assert.InRange(s.SuddenCommencement, 10, 40);
            Assert.InRange(s.RecoveryTime.TotalHours, 10, 30);
        });
    }

    [Fact]
    public void Storm_signal_is_the_sum_of_the_storm_profiles_on_the_grid()
    {
        // Given
        var storms = GeomagneticActivity.DrawStorms(new SeededRandom(4), s_axis, ratePerDay: 0.5);

        // When
        double[] signal = GeomagneticActivity.StormSignal(s_axis, storms);

        // Then
        foreach (int i in new[] { 0, 5000, 14_000, 28_000 })
        {
            double expected = storms.Sum(s => s.Fade > s_axis.TimeAt(i) ? s.ValueAt((s_axis.TimeAt(i) - s.Onset).TotalHours) : 0);
            Assert.Equal(expected, signal[i], 1e-9);
        }
    }
}
