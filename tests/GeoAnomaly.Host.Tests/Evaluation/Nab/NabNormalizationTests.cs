using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabNormalizationTests
{
    [Fact]
    public void The_null_score_maps_to_zero_and_the_perfect_score_to_one_hundred()
    {
        // Given: NAB's full corpus under the standard profile: 116 windows, null -116, perfect 116

        // When
        double atNull = NabNormalization.Normalize(-116, -116, 116);
        double atPerfect = NabNormalization.Normalize(116, -116, 116);
        double numenta = NabNormalization.Normalize(46.6344501971, -116, 116);

        // Then: numenta's published total 46.634 is 100 * 162.634 / 232 = 70.10 on the scoreboard
        Assert.Equal(0.0, atNull);
        Assert.Equal(100.0, atPerfect);
        Assert.Equal(70.101, numenta, 1e-3);
    }

    [Fact]
    public void The_null_detector_detects_nothing_and_pays_the_false_negative_weight_per_window()
    {
        // Given: two files with three windows between them
        NabFile[] files = [NabFiles.Regular("a/one.csv", 200, (50, 59), (150, 159)), NabFiles.Regular("a/two.csv", 200, (100, 119))];

        // When
        var standard = NabNormalization.NullScore(files, NabProfile.Standard);
        var lowFn = NabNormalization.NullScore(files, NabProfile.RewardLowFnRate);

        // Then
        Assert.Equal(-3.0, standard.Score);
        Assert.Equal(-6.0, lowFn.Score);
        Assert.Equal(NabRules.NoDetectionThreshold, standard.Threshold);
        Assert.Equal(3.0, NabNormalization.PerfectScore(NabProfile.Standard, 3));
    }

    [Fact]
    public void A_perfect_score_not_above_the_null_score_is_refused()
    {
        // Given: a corpus without windows has null and perfect both 0

        // When
        var error = Assert.Throws<ArgumentException>(() => NabNormalization.Normalize(0, 0, 0));

        // Then
        Assert.Contains("must be above the null score", error.Message, StringComparison.Ordinal);
    }
}
