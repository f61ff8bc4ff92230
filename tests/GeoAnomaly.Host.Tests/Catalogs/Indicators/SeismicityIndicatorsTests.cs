using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs.Indicators;

public sealed partial class SeismicityIndicatorsTests
{
    private const double Tolerance = 1e-12;

    /// <summary>
    /// Eight events (day, magnitude) and one at t itself, which must be ignored. Small counts so every value can be
    /// worked by hand: Panakkat &amp; Adeli over the last n = 5 events, characteristic band 3.0..3.3; Reyes et al. with b
    /// over 3 events, a step of 1 event between b-values, ΔM = 0.1, Mc = each window's minimum.
    /// </summary>
    private static readonly List<Earthquake> s_hand = Quakes.Of(
        (0, 3.0), (1, 3.2), (3, 3.1), (4, 3.5), (6, 3.0), (8, 4.0), (10, 3.3), (12, 3.1), (15.5, 6.0));

    private static readonly DateTimeOffset s_handTime = Quakes.Day(15.5);

    private static readonly IndicatorOptions s_handOptions = new()
    {
        EventCount = 5,
        CharacteristicMinimum = 3.0,
        CharacteristicMaximum = 3.3,
        BValueEventCount = 3,
        BValueStep = 1,
    };

    [Fact]
    public void Panakkat_Adeli_indicators_equal_the_hand_computed_values()
    {
        // Given the last 5 events before t = day 15.5: days 4, 6, 8, 10, 12 with magnitudes 3.5, 3.0, 4.0, 3.3, 3.1
        // (the M 6.0 at t is not before t). N_i = events with M >= M_i: 3.5 -> 2, 3.0 -> 5, 4.0 -> 1, 3.3 -> 3, 3.1 -> 4.
        double[] m = [3.5, 3.0, 4.0, 3.3, 3.1];
        double[] logN = [Math.Log10(2), Math.Log10(5), Math.Log10(1), Math.Log10(3), Math.Log10(4)];

        // When
        IndicatorValues row = SeismicityIndicators.Compute(s_hand, s_handTime, s_handOptions);

        // Then T = 12 - 4 = 8 days; mean M = 16.9 / 5 = 3.38
        Assert.Equal(8.0, row.T, Tolerance);
        Assert.Equal(16.9 / 5, row.MeanMagnitude, Tolerance);

        // dE^1/2 = Σ sqrt(10^(11.8 + 1.5 M)) / T
        double sqrtE = Math.Sqrt(Math.Pow(10, 11.8 + (1.5 * 3.5))) + Math.Sqrt(Math.Pow(10, 11.8 + (1.5 * 3.0)))
            + Math.Sqrt(Math.Pow(10, 11.8 + (1.5 * 4.0))) + Math.Sqrt(Math.Pow(10, 11.8 + (1.5 * 3.3)))
            + Math.Sqrt(Math.Pow(10, 11.8 + (1.5 * 3.1)));
        Assert.Equal(sqrtE / 8, row.SqrtEnergyRate, sqrtE / 8 * Tolerance);

        // b = (n Σ M log N - Σ M Σ log N) / ((Σ M)^2 - n Σ M^2), the paper's form: Σ M = 16.9, Σ M^2 = 57.75,
        // Σ log N = log10(120), Σ M log N = 3.5 log 2 + 3.0 log 5 + 4.0 log 1 + 3.3 log 3 + 3.1 log 4
        double sumMLogN = (3.5 * logN[0]) + (3.0 * logN[1]) + (4.0 * logN[2]) + (3.3 * logN[3]) + (3.1 * logN[4]);
        double b = ((5 * sumMLogN) - (16.9 * Math.Log10(120))) / ((16.9 * 16.9) - (5 * 57.75));
        Assert.Equal(b, row.B, Tolerance);

        // a = (Σ log N + b Σ M) / n
        double a = (Math.Log10(120) + (b * 16.9)) / 5;
        Assert.Equal(a, row.A, Tolerance);

        // η = Σ (log N_i - (a - b M_i))^2 / (n - 1)
        double eta = Enumerable.Range(0, 5).Sum(i => Math.Pow(logN[i] - (a - (b * m[i])), 2)) / 4;
        Assert.Equal(eta, row.Eta, Tolerance);

        // ΔM = max M - a / b = 4.0 - a / b
        Assert.Equal(4.0 - (a / b), row.DeltaM, Tolerance);

        // Characteristic events (3.0 <= M <= 3.3) among the five: days 6 (3.0), 10 (3.3), 12 (3.1); intervals 4 and 2
        // days, so μ = 3 days, σ = sqrt(((4 - 3)^2 + (2 - 3)^2) / 2) = 1, c = 1/3
        Assert.Equal(3.0, row.Mu, Tolerance);
        Assert.Equal(1.0 / 3, row.C, Tolerance);
        Assert.All(Enum.GetValues<Indicator>(), i => Assert.Null(row.Reason(i)));
    }

    [Fact]
    public void Reyes_indicators_equal_the_hand_computed_values()
    {
        // Given Aki-Utsu b = log10(e) / (mean - (min - 0.05)) over 3 events, b_k ending k events before the last:
        double log10E = 1 / Math.Log(10);
        double b0 = log10E / (((4.0 + 3.3 + 3.1) / 3) - (3.1 - 0.05)); // days 8, 10, 12
        double b1 = log10E / (((3.0 + 4.0 + 3.3) / 3) - (3.0 - 0.05)); // days 6, 8, 10
        double b2 = log10E / (((3.5 + 3.0 + 4.0) / 3) - (3.0 - 0.05)); // days 4, 6, 8
        double b3 = log10E / (((3.1 + 3.5 + 3.0) / 3) - (3.0 - 0.05)); // days 3, 4, 6
        double b4 = log10E / (((3.2 + 3.1 + 3.5) / 3) - (3.1 - 0.05)); // days 1, 3, 4
        double b5 = log10E / (((3.0 + 3.2 + 3.1) / 3) - (3.0 - 0.05)); // days 0, 1, 3

        // When
        IndicatorValues row = SeismicityIndicators.Compute(s_hand, s_handTime, s_handOptions);

        // Then x_k = b_(k-1) - b_k
        Assert.Equal(b0 - b1, row[Indicator.X1], Tolerance);
        Assert.Equal(b1 - b2, row[Indicator.X2], Tolerance);
        Assert.Equal(b2 - b3, row[Indicator.X3], Tolerance);
        Assert.Equal(b3 - b4, row[Indicator.X4], Tolerance);
        Assert.Equal(b4 - b5, row[Indicator.X5], Tolerance);

        // x6 = max M in [day 8.5, day 15.5): days 10 (3.3) and 12 (3.1); day 8's 4.0 is older, day 15.5's 6.0 is at t
        Assert.Equal(3.3, row[Indicator.X6]);

        // x7 = 10^(-3 b0)
        Assert.Equal(Math.Pow(10, -3 * b0), row[Indicator.X7], Tolerance);
    }

    [Fact]
    public void Too_few_events_give_NaN_with_the_count_needed()
    {
        // Given 10 daily events, far fewer than the papers' 50
        List<Earthquake> events = Quakes.Seeded(10, seed: 3);

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(10));

        // Then every value needing 50 events is NaN and says so; x6 (last 7 days) still has a value
        foreach (Indicator i in Enum.GetValues<Indicator>().Where(i => i != Indicator.X6))
        {
            Assert.True(double.IsNaN(row[i]), $"{i} should be NaN");
            Assert.Contains("has 10", row.Reason(i), StringComparison.Ordinal);
        }

        Assert.Contains("needs 50 events", row.Reason(Indicator.T), StringComparison.Ordinal);
        Assert.Contains("needs 54 events", row.Reason(Indicator.X1), StringComparison.Ordinal);
        Assert.Contains("needs 70 events", row.Reason(Indicator.X5), StringComparison.Ordinal);
        Assert.Equal(events.Skip(3).Max(e => e.Magnitude), row[Indicator.X6]);
    }

    [Theory]
    [InlineData(53, 0)]
    [InlineData(54, 1)]
    [InlineData(62, 3)]
    [InlineData(70, 5)]
    public void Each_b_increment_appears_once_its_events_exist(int count, int defined)
    {
        // Given count events: x_k needs 50 + 4k
        List<Earthquake> events = Quakes.Seeded(count, seed: 5);

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(count));

        // Then
        Indicator[] increments = [Indicator.X1, Indicator.X2, Indicator.X3, Indicator.X4, Indicator.X5];
        Assert.Equal(defined, increments.Count(i => !double.IsNaN(row[i])));
        Assert.All(increments.Take(defined), i => Assert.Null(row.Reason(i)));
        Assert.False(double.IsNaN(row[Indicator.X7]));
    }

    [Fact]
    public void No_events_at_all_gives_NaN_everywhere_with_reasons()
    {
        // Given / When
        IndicatorValues row = SeismicityIndicators.Compute([], Quakes.Day(0));

        // Then
        Assert.All(row.ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.All(row.Reasons(), r => Assert.False(string.IsNullOrWhiteSpace(r)));
    }
}
