using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class EnsembleCombinerTests
{
    private const double N = double.NaN;

    private static readonly Series[] s_members =
    [
        Some.SeriesOf(0.10, 0.999, 0.50, N, 0.9995),
        Some.SeriesOf(0.20, 0.300, 0.9991, N, N),
        Some.SeriesOf(0.30, 0.9992, 0.9993, N, 0.40),
    ];

    [Fact]
    public void Max_takes_the_largest_calibrated_score_of_the_members_that_have_one()
    {
        // When
        var combined = EnsembleCombiner.Combine(s_members, new EnsembleOptions { Method = EnsembleMethod.Max });

        // Then
        Assert.Equal([0.30, 0.9992, 0.9993, N, 0.9995], combined.Values.ToArray());
    }

    [Fact]
    public void Mean_averages_the_members_that_have_a_score()
    {
        // When
        var combined = EnsembleCombiner.Combine(s_members, new EnsembleOptions { Method = EnsembleMethod.Mean });

        // Then
        double[] expected = [0.2, (0.999 + 0.3 + 0.9992) / 3, (0.5 + 0.9991 + 0.9993) / 3, N, (0.9995 + 0.4) / 2];
        Assert.Equal(expected, combined.Values.ToArray(), (a, b) => (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) < 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Vote_is_at_or_above_a_threshold_exactly_where_at_least_k_members_are(int votes)
    {
        // Given
        const double threshold = 0.999;

        // When
        var combined = EnsembleCombiner.Combine(s_members, new EnsembleOptions { Method = EnsembleMethod.Vote, Votes = votes });

        // Then
        for (int i = 0; i < combined.Count; i++)
        {
            int above = s_members.Count(m => m[i] >= threshold);
            Assert.Equal(above >= votes, combined[i] >= threshold);
        }
    }

    [Fact]
    public void Vote_is_missing_where_fewer_than_k_members_have_a_score()
    {
        // When: at sample 4 only two members are scored
        var combined = EnsembleCombiner.Combine(s_members, new EnsembleOptions { Method = EnsembleMethod.Vote, Votes = 3 });

        // Then
        Assert.True(double.IsNaN(combined[3]));
        Assert.True(double.IsNaN(combined[4]));
        Assert.Equal(0.10, combined[0]);
    }

    [Fact]
    public void Members_on_different_grids_are_rejected()
    {
        // When
        var error = Assert.Throws<ArgumentException>(() => EnsembleCombiner.Combine([Some.SeriesOf(1, 2), Some.SeriesOf(1, 2, 3)], new EnsembleOptions()));

        // Then
        Assert.Contains("one grid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_each_option()
    {
        // Given
        var options = new EnsembleOptions { Votes = 0, OutputName = " ", Members = ["a", "A"] };

        // When
        var errors = options.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Equal(["votes", "outputName", "members"], errors);
    }
}
