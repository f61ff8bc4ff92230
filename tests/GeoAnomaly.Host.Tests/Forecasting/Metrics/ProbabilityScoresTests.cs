using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class ProbabilityScoresTests
{
    private static readonly double[] s_probabilities = [0.9, 0.2, 0.6, 0.1];
    private static readonly bool[] s_labels = [true, false, false, true];

    [Fact]
    public void Brier_score_and_skill_match_the_hand_computation()
    {
        // Given squared errors (0.9−1)² = 0.01, 0.2² = 0.04, 0.6² = 0.36, (0.1−1)² = 0.81 → BS = 1.22/4 = 0.305;
        // the reference ½ everywhere has BS_ref = 0.25, so BSS = 1 − 0.305/0.25 = −0.22
        double[] reference = [0.5, 0.5, 0.5, 0.5];

        // When
        double brier = ProbabilityScores.Brier(s_probabilities, s_labels);
        double skill = ProbabilityScores.BrierSkillScore(s_probabilities, reference, s_labels);

        // Then
        Assert.Equal(0.305, brier, 1e-12);
        Assert.Equal(-0.22, skill, 1e-12);
        Assert.Equal(0, ProbabilityScores.BrierSkillScore(reference, reference, s_labels), 1e-12);
    }

    [Fact]
    public void Log_likelihood_sums_ln_p_for_events_and_ln_one_minus_p_for_quiet_rows()
    {
        // Given ln 0.9 + ln(1 − 0.2) + ln(1 − 0.6) + ln 0.1
        double expected = Math.Log(0.9) + Math.Log(0.8) + Math.Log(0.4) + Math.Log(0.1);

        // When
        double total = ProbabilityScores.LogLikelihood(s_probabilities, s_labels);
        double mean = ProbabilityScores.MeanLogLikelihood(s_probabilities, s_labels);

        // Then
        Assert.Equal(expected, total, 1e-12);
        Assert.Equal(expected / 4, mean, 1e-12);
    }

    [Fact]
    public void Certain_misses_are_clipped_to_one_in_a_million_million()
    {
        // Given p = 1 on a quiet row and p = 0 on an event row: each costs ln(1e-12) ≈ −27.63, not −∞
        // When
        double total = ProbabilityScores.LogLikelihood([1.0, 0.0], [false, true]);

        // Then
        Assert.Equal(2 * Math.Log(1e-12), total, 1e-3);
    }

    [Fact]
    public void A_value_outside_zero_to_one_is_rejected_with_its_row()
    {
        // Given
        // When
        var error = Assert.Throws<ArgumentException>(() => ProbabilityScores.Brier([0.5, 1.5], [true, false]));

        // Then
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }
}
