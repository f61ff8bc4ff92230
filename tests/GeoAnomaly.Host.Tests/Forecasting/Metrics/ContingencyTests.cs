using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class ContingencyTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Every_score_matches_the_hand_computed_table()
    {
        // Given ten rows; alarm at score ≥ 0.5 (0.5 itself is alarmed):
        //   alarmed:     0.9 T, 0.8 T, 0.7 F, 0.6 T, 0.5 F  → a = 3 hits, b = 2 false alarms
        //   not alarmed: 0.4 T, 0.3 F, 0.2 F, 0.1 F, 0.05 F → c = 1 miss,  d = 4 correct negatives
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
        bool[] labels = [true, true, false, true, false, true, false, false, false, false];

        // When
        var table = Contingency.At(scores, labels, 0.5);

        // Then
        Assert.Equal(new Contingency(3, 2, 1, 4), table);
        Assert.Equal(10, table.Total);
        Assert.Equal(0.75, table.Pod, Tolerance);                   // a/(a+c) = 3/4
        Assert.Equal(0.4, table.FalseAlarmRatio, Tolerance);        // b/(a+b) = 2/5
        Assert.Equal(1.0 / 3, table.FalseAlarmRate, Tolerance);     // b/(b+d) = 2/6
        Assert.Equal(1.25, table.FrequencyBias, Tolerance);         // (a+b)/(a+c) = 5/4
        Assert.Equal(5.0 / 12, table.RScore, Tolerance);            // 3/4 − 2/6 = 9/12 − 4/12
        Assert.Equal(0.5, table.AlarmFraction, Tolerance);          // (a+b)/n = 5/10
        Assert.Equal(0.25, table.RValue, Tolerance);                // 3/4 − 5/10
        Assert.Equal(0.8, table.P0, Tolerance);                     // d/(c+d) = 4/5
        Assert.Equal(0.6, table.P1, Tolerance);                     // a/(a+b) = 3/5
        Assert.Equal(0.75, table.Sn, Tolerance);                    // a/(a+c) = 3/4
        Assert.Equal(2.0 / 3, table.Sp, Tolerance);                 // d/(b+d) = 4/6
        Assert.Equal(0.7, table.Accuracy, Tolerance);               // (a+d)/n = 7/10
        Assert.Equal(0.6, table.Precision, Tolerance);              // a/(a+b) = 3/5
        Assert.Equal(0.75, table.Recall, Tolerance);                // a/(a+c) = 3/4
        Assert.Equal(2.0 / 3, table.F1, Tolerance);                 // 2a/(2a+b+c) = 6/9
        Assert.Equal(10 / Math.Sqrt(600), table.Mcc, Tolerance);    // (3·4 − 2·1)/√(5·4·6·5) = 10/√600
    }

    [Fact]
    public void A_table_without_events_gives_NaN_where_the_denominator_is_zero()
    {
        // Given four quiet rows, two of them alarmed: a = 0, b = 2, c = 0, d = 2
        double[] scores = [0.9, 0.8, 0.2, 0.1];
        bool[] labels = [false, false, false, false];

        // When
        var table = Contingency.At(scores, labels, 0.5);

        // Then the ratios over a+c are undefined, the others are not
        Assert.Equal(new Contingency(0, 2, 0, 2), table);
        Assert.True(double.IsNaN(table.Pod));
        Assert.True(double.IsNaN(table.Sn));
        Assert.True(double.IsNaN(table.Recall));
        Assert.True(double.IsNaN(table.FrequencyBias));
        Assert.True(double.IsNaN(table.RScore));
        Assert.True(double.IsNaN(table.RValue));
        Assert.True(double.IsNaN(table.Mcc));
        Assert.Equal(0.5, table.FalseAlarmRate, Tolerance);  // 2/4
        Assert.Equal(1, table.FalseAlarmRatio, Tolerance);   // 2/2
        Assert.Equal(0, table.P1, Tolerance);                // 0/2
        Assert.Equal(1, table.P0, Tolerance);                // 2/2
        Assert.Equal(0, table.F1, Tolerance);                // 0/(0+2+0)
        Assert.Equal(0.5, table.Accuracy, Tolerance);        // 2/4
    }

    [Fact]
    public void An_empty_table_is_NaN_everywhere()
    {
        // Given no rows
        // When
        var table = Contingency.At([], [], 0.5);

        // Then
        Assert.All([table.Pod, table.FalseAlarmRate, table.FalseAlarmRatio, table.Accuracy, table.F1, table.Mcc, table.RValue, table.P0, table.Sp],
            v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void A_NaN_score_is_rejected_with_its_row()
    {
        // Given
        double[] scores = [0.1, double.NaN];
        bool[] labels = [true, false];

        // When
        var error = Assert.Throws<ArgumentException>(() => Contingency.At(scores, labels, 0.5));

        // Then
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_and_labels_of_different_lengths_are_rejected()
    {
        // Given
        double[] scores = [0.1, 0.2];
        bool[] labels = [true];

        // When
        var error = Assert.Throws<ArgumentException>(() => Contingency.At(scores, labels, 0.5));

        // Then
        Assert.Contains("2 rows but labels has 1", error.Message, StringComparison.Ordinal);
    }
}
