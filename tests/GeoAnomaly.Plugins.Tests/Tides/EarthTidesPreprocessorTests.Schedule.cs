using GeoAnomaly.Plugins.Tests.Support.Tides;
using GeoAnomaly.Plugins.Tides;
using GeoAnomaly.Plugins.Tides.Astronomy;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Tides;

public sealed partial class EarthTidesPreprocessorTests
{
    [Fact]
    public void Refits_at_midnight_UTC_and_holds_the_constants_until_the_next_refit()
    {
        // Given: minute data starting at midnight
        var series = TideCases.Noisy(34, TideCases.Equilibrium, seed: 10);

        // When
        var output = new EarthTidesPreprocessor().Run(series, new EarthTidesOptions(), cancellationToken: TestContext.Current.CancellationToken);

        // Then: the first fit comes at the first midnight after 21,600 valid samples (half the span), and the constants
        // change at every midnight after it, and only there
        var amplitude = output.Column("M2_amplitude");
        int first = 0;
        while (double.IsNaN(amplitude[first]))
        {
            first++;
        }

        int expected = 1440;
        while (series.Values[..expected].ToArray().Count(double.IsFinite) < 21_600)
        {
            expected += 1440;
        }

        Assert.Equal(expected, first);
        int changes = 0;
        for (int i = first + 1; i < series.Count; i++)
        {
            if (!amplitude[i].Equals(amplitude[i - 1]))
            {
                Assert.Equal(0, i % 1440);
                changes++;
            }
        }

        Assert.Equal((series.Count / 1440) - (first / 1440) - 1, changes);
    }

    [Fact]
    public void Epoch_and_Greenwich_constants_describe_the_same_tide()
    {
        // Given
        var series = TideCases.Noisy(32, TideCases.Equilibrium, seed: 12);
        var component = new EarthTidesPreprocessor();
        var ct = TestContext.Current.CancellationToken;

        // When
        var greenwich = component.Run(series, new EarthTidesOptions { Phases = TidePhaseConvention.Greenwich }, cancellationToken: ct);
        var epoch = component.Run(series, new EarthTidesOptions { Phases = TidePhaseConvention.Epoch }, cancellationToken: ct);

        // Then: the same tide; A = f·H and φ = g − V0 − u with f, u at the middle of the span (few gaps: the data's middle)
        Assert.True(greenwich.Column("tide").SequenceEqual(epoch.Column("tide")));
        int at = series.Count - 1;
        double middle = AstronomicalArguments.HoursSinceJ2000(series.TimeAt(at - (at % 1440) - (43_200 / 2)).UtcTicks);
        foreach (var constituent in TidalConstituent.All.Take(8))
        {
            var (f, u) = NodalCorrections.At(constituent, middle);
            double a = epoch.Column(constituent.Name + "_amplitude")[at];
            double h = greenwich.Column(constituent.Name + "_amplitude")[at];
            double phi = epoch.Column(constituent.Name + "_phase")[at];
            double g = greenwich.Column(constituent.Name + "_phase")[at];
            Assert.Equal(a, f * h, 1e-3 * a);
            Assert.InRange(Math.Abs(TideSignals.AngleDifference(phi, g - constituent.Argument(0) - u)), 0, 0.01);
        }
    }
}
