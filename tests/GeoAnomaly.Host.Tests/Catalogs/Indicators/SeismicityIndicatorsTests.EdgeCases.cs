using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs.Indicators;

public sealed partial class SeismicityIndicatorsTests
{
    [Fact]
    public void Equal_magnitudes_leave_the_least_squares_line_undefined_but_not_the_rest()
    {
        // Given 70 daily events all of magnitude 4.0
        List<Earthquake> events = Quakes.Daily(70, 4.0);

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(70));

        // Then b, a, η, ΔM are NaN because every point (M, log N) has the same M
        foreach (Indicator i in new[] { Indicator.B, Indicator.A, Indicator.Eta, Indicator.DeltaM })
        {
            Assert.True(double.IsNaN(row[i]));
            Assert.Contains("all magnitudes are equal", row.Reason(i), StringComparison.Ordinal);
        }

        // and T = 49 days (days 20..69), mean 4.0; Aki-Utsu with ΔM = 0.1 gives b = log10(e) / 0.05 in every window,
        // so the increments are 0 and x7 = 10^(-3 b)
        Assert.Equal(49.0, row.T, Tolerance);
        Assert.Equal(4.0, row.MeanMagnitude, Tolerance);
        Assert.Equal(0.0, row[Indicator.X1], Tolerance);
        Assert.Equal(0.0, row[Indicator.X5], Tolerance);
        Assert.Equal(Math.Pow(10, -3 / Math.Log(10) / 0.05), row[Indicator.X7], Tolerance);
    }

    [Fact]
    public void Equal_magnitudes_without_a_bin_width_leave_the_Aki_b_undefined()
    {
        // Given
        List<Earthquake> events = Quakes.Daily(70, 4.0);

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(70), new IndicatorOptions { MagnitudeBinWidth = 0 });

        // Then
        Assert.True(double.IsNaN(row[Indicator.X7]));
        Assert.Contains("does not exceed Mc", row.Reason(Indicator.X7), StringComparison.Ordinal);
        Assert.True(double.IsNaN(row[Indicator.X1]));
    }

    [Fact]
    public void Events_sharing_one_time_give_T_zero_and_no_energy_rate_or_c()
    {
        // Given 50 events at the same instant, magnitudes 7.0 and 7.2 alternating (all characteristic)
        List<Earthquake> events = [.. Enumerable.Range(0, 50).Select(i => Quakes.At(1, i % 2 == 0 ? 7.0 : 7.2))];

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(2));

        // Then
        Assert.Equal(0.0, row.T);
        Assert.True(double.IsNaN(row.SqrtEnergyRate));
        Assert.Contains("zero time", row.Reason(Indicator.SqrtEnergyRate), StringComparison.Ordinal);
        Assert.Equal(0.0, row.Mu);
        Assert.True(double.IsNaN(row.C));
        Assert.Contains("μ = 0", row.Reason(Indicator.C), StringComparison.Ordinal);
        Assert.False(double.IsNaN(row.B));
    }

    [Fact]
    public void One_characteristic_event_leaves_mu_and_c_undefined()
    {
        // Given 50 daily events of M 4.0 and one M 7.2 among them
        List<Earthquake> events = Quakes.Daily(50, 4.0);
        events[20] = Quakes.At(20, 7.2);

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(50));

        // Then
        Assert.True(double.IsNaN(row.Mu));
        Assert.Contains("fewer than 2 characteristic events (magnitude 7..7.5)", row.Reason(Indicator.Mu), StringComparison.Ordinal);
        Assert.Equal(7.2 - (row.A / row.B), row.DeltaM, Tolerance);
    }

    [Fact]
    public void A_time_window_takes_every_event_of_the_window_instead_of_the_last_n()
    {
        // Given daily events; a 10-day window before day 30 holds days 20..29
        List<Earthquake> events = Quakes.Seeded(40, seed: 9);
        var options = new IndicatorOptions { TimeWindow = TimeSpan.FromDays(10) };

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(30), options);

        // Then
        Assert.Equal(9.0, row.T, Tolerance);
        Assert.Equal(events.Skip(20).Take(10).Average(e => e.Magnitude), row.MeanMagnitude, Tolerance);
    }

    [Fact]
    public void A_minimum_magnitude_keeps_smaller_events_out_of_the_last_n()
    {
        // Given 60 events alternating M 3.0 and M 4.0, and a threshold of 3.5
        List<Earthquake> events = [.. Enumerable.Range(0, 120).Select(i => Quakes.At(i, i % 2 == 0 ? 3.0 : 4.0))];
        var options = new IndicatorOptions { MinimumMagnitude = 3.5 };

        // When
        IndicatorValues row = SeismicityIndicators.Compute(events, Quakes.Day(120), options);

        // Then the last 50 events at or above 3.5 are days 21, 23, ..., 119
        Assert.Equal(4.0, row.MeanMagnitude, Tolerance);
        Assert.Equal(119.0 - 21.0, row.T, Tolerance);
    }

    [Fact]
    public void Events_out_of_time_order_are_rejected()
    {
        // Given
        List<Earthquake> events = Quakes.Seeded(60, seed: 2);
        (events[40], events[41]) = (events[41], events[40]);

        // When
        var error = Assert.Throws<ArgumentException>(() => SeismicityIndicators.Compute(events, Quakes.Day(60)));

        // Then
        Assert.Contains("time order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_a_finite_magnitude_is_rejected()
    {
        // Given
        List<Earthquake> events = Quakes.Seeded(60, seed: 2);
        events[55] = Quakes.At(55, double.NaN);

        // When
        var error = Assert.Throws<ArgumentException>(() => SeismicityIndicators.Compute(events, Quakes.Day(60)));

        // Then
        Assert.Contains("event 55", error.Message, StringComparison.Ordinal);
        Assert.Contains("magnitude NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_every_option_at_fault()
    {
        // Given
        var options = new IndicatorOptions { EventCount = 1, BValueStep = 0, MaximumMagnitudeWindow = TimeSpan.Zero };

        // When
        var error = Assert.Throws<ArgumentException>(() => SeismicityIndicators.Compute([], Quakes.Day(0), options));

        // Then
        Assert.Contains("event-count: must be ≥ 2, got 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("b-value-step", error.Message, StringComparison.Ordinal);
        Assert.Contains("maximum-magnitude-window", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_follow_the_indicator_order_with_unique_names_and_units()
    {
        // Given / When
        IReadOnlyList<IndicatorColumn> columns = SeismicityIndicators.Columns;

        // Then
        Assert.Equal(Enum.GetValues<Indicator>(), columns.Select(c => c.Indicator));
        Assert.Equal(columns.Count, columns.Select(c => c.Name).Distinct().Count());
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Unit)));
        Assert.Equal("pa_t [day]", columns[0].Header);
    }
}
