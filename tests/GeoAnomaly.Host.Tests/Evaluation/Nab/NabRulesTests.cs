using GeoAnomaly.Host.Evaluation.Nab;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabRulesTests
{
    [Theory]
    [InlineData(-1.0, 0.98661429815143)] // tanh(2.5): the first row of a window
    [InlineData(-0.5, 0.84828363995751)] // tanh(1.25): halfway into a window
    [InlineData(0.0, 0.0)] // the window's right edge
    [InlineData(1.0, -0.98661429815143)] // one window width past it
    [InlineData(3.0, -0.99999938819554612)] // -tanh(7.5): still the sigmoid at 3
    [InlineData(3.0001, -1.0)] // beyond 3 window widths: the full penalty
    public void The_scaled_sigmoid_is_minus_tanh_of_two_and_a_half_times_the_position_and_minus_one_beyond_three(double position, double expected)
    {
        // Given: the values NAB's scaledSigmoid docstring lists (0.98661 at -1, 0.84828 at -0.5, 0 at 0, -0.98661 at 1)

        // When
        double value = NabRules.ScaledSigmoid(position);

        // Then
        Assert.Equal(expected, value, 1e-12);
    }

    [Theory]
    [InlineData(100, 15)] // floor(0.15 * 100)
    [InlineData(4032, 604)] // floor(604.8)
    [InlineData(5000, 750)]
    [InlineData(10320, 750)] // capped at 0.15 * 5000
    [InlineData(6, 0)] // floor(0.9)
    public void The_probation_is_fifteen_percent_of_the_rows_capped_at_750(int rows, int expected)
    {
        // Given: NAB's default probationary share

        // When
        int probation = NabRules.ProbationLength(rows, NabRules.ProbationPercent);

        // Then
        Assert.Equal(expected, probation);
    }

    [Fact]
    public void A_fractional_cap_excludes_every_row_index_below_it()
    {
        // Given: a share of 0.1001 caps the probation at 500.5 rows, so rows 0..500 are in it

        // When
        int probation = NabRules.ProbationLength(100_000, 0.1001);

        // Then
        Assert.Equal(501, probation);
    }
}
