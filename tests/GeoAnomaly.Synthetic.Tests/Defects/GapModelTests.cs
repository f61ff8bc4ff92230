using GeoAnomaly.Synthetic.Defects;
using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Tests.Defects;

public sealed class GapModelTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    [InlineData(0.2)]
    public void Marks_exactly_the_target_fraction_in_runs_no_longer_than_the_maximum(double fraction)
    {
        // Given
        bool[] mask = new bool[20_160];

        // When
        GapModel.Mark(mask, fraction, medianSamples: 20, spread: 1.2, maxSamples: 720, new SeededRandom(3));

        // Then
        Assert.Equal((int)Math.Round(fraction * mask.Length), mask.Count(m => m));
        var runs = GapModel.Runs(mask);
        Assert.All(runs, r => Assert.InRange(r.End - r.Start, 1, 2 * 720));
        Assert.Equal(mask.Count(m => m), runs.Sum(r => r.End - r.Start));
    }

    [Fact]
    public void Already_missing_samples_are_kept_and_not_counted()
    {
        // Given
        bool[] mask = new bool[1000];
        mask.AsSpan(0, 100).Fill(true);

        // When
        GapModel.Mark(mask, 0.05, 5, 0.5, 50, new SeededRandom(8));

        // Then
        Assert.All(mask[..100], Assert.True);
        Assert.Equal(150, mask.Count(m => m));
    }
}
