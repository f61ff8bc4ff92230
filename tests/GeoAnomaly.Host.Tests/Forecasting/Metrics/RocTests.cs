using CsCheck;
using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Host.Tests.Forecasting.Metrics.Support;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class RocTests
{
    [Fact]
    public void AUC_with_ties_is_the_hand_counted_Mann_Whitney_probability()
    {
        // Given events scored {0.9, 0.8, 0.3} and quiet rows scored {0.8, 0.5, 0.1}; over the 3·3 = 9 pairs:
        //   0.9 beats all three → 3;  0.8 ties 0.8 (½) and beats 0.5, 0.1 → 2.5;  0.3 beats only 0.1 → 1
        //   AUC = (3 + 2.5 + 1)/9 = 13/18
        double[] scores = [0.9, 0.8, 0.8, 0.5, 0.3, 0.1];
        bool[] labels = [true, false, true, false, true, false];

        // When
        double auc = Roc.Auc(scores, labels);

        // Then
        Assert.Equal(13.0 / 18, auc, 1e-12);
    }

    [Fact]
    public void The_curve_has_one_point_per_distinct_score_and_its_trapezoid_area_is_the_AUC()
    {
        // Given the same rows: cumulative (b, a) after each distinct score, 3 quiet and 3 event rows:
        //   start (0,0); 0.9 → (0,1); 0.8 → (1,2); 0.5 → (2,2); 0.3 → (2,3); 0.1 → (3,3)
        double[] scores = [0.9, 0.8, 0.8, 0.5, 0.3, 0.1];
        bool[] labels = [true, false, true, false, true, false];

        // When
        var curve = Roc.Curve(scores, labels);

        // Then
        Assert.Equal([0, 0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1], curve.Select(p => p.FalseAlarmRate));
        Assert.Equal([0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1, 1], curve.Select(p => p.Pod));
        Assert.Equal(Roc.Auc(scores, labels), Trapezoid(curve), 1e-12);
    }

    [Fact]
    public void AUC_equals_a_brute_force_pairwise_count_on_random_data_with_ties()
    {
        // Given random rows whose scores take few values, so ties are common
        var gen = Gen.Int[2, 60].SelectMany(n => Gen.Select(Gen.Int[0, 6].Array[n], Gen.Bool.Array[n]));

        gen.Sample((levels, labels) =>
        {
            double[] scores = [.. levels.Select(l => l / 6.0)];

            // When
            double auc = Roc.Auc(scores, labels);

            // Then
            double expected = RandomForecasts.PairwiseAuc(scores, labels);
            Assert.True(double.IsNaN(expected) ? double.IsNaN(auc) : Math.Abs(expected - auc) < 1e-12, $"AUC {auc}, pairwise {expected}");
        }, iter: 500);
    }

    [Fact]
    public void AUC_is_NaN_when_one_class_is_absent()
    {
        // Given only event rows
        // When
        double auc = Roc.Auc([0.2, 0.4], [true, true]);

        // Then
        Assert.True(double.IsNaN(auc));
    }

    private static double Trapezoid(IReadOnlyList<RocPoint> curve)
    {
        double area = 0;
        for (int i = 1; i < curve.Count; i++)
        {
            area += (curve[i].FalseAlarmRate - curve[i - 1].FalseAlarmRate) * (curve[i].Pod + curve[i - 1].Pod) / 2;
        }

        return area;
    }
}
