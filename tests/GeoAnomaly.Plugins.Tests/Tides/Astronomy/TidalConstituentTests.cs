using GeoAnomaly.Plugins.Tests.Support.Tides;
using GeoAnomaly.Plugins.Tides.Astronomy;

namespace GeoAnomaly.Plugins.Tests.Tides.Astronomy;

public sealed class TidalConstituentTests
{
    [Fact]
    public void Speeds_from_Doodson_numbers_match_the_NOAA_published_speeds()
    {
        // Given: NOAA CO-OPS speeds, degrees per hour, 7 decimals

        // When
        var speeds = TidalConstituent.All.ToDictionary(c => c.Name, c => c.SpeedDegreesPerHour);

        // Then
        Assert.Equal(NaiveHarmonicFit.NoaaSpeeds.Keys.Order(), speeds.Keys.Order());
        foreach (var (name, published) in NaiveHarmonicFit.NoaaSpeeds)
        {
            Assert.True(Math.Abs(speeds[name] - published) < 1e-7, $"{name}: {speeds[name]:F9} vs NOAA {published:F7}");
        }
    }

    [Fact]
    public void Equilibrium_arguments_agree_with_the_NOAA_style_elements_at_any_time()
    {
        // Given: Schureman's arguments from the NOAA-style linear elements (test support, written independently)
        var instants = new[] { 0.0, 1234.567, 8766.0 * 16.3, -8766.0 * 5.1 };

        // When / Then: within the 0.03° the two sets of elements differ by
        foreach (double hours in instants)
        {
            double days = (hours / 24.0) + 0.5;
            foreach (var constituent in TidalConstituent.All)
            {
                double difference = TideSignals.AngleDifference(constituent.Argument(hours), TideSignals.Argument(constituent.Name, days));
                Assert.True(Math.Abs(difference) < 0.05, $"{constituent.Name} at {hours} h: {difference:F4}°");
            }
        }
    }

    [Fact]
    public void Nodal_angles_vanish_and_factors_peak_where_the_node_is_at_the_equinox()
    {
        // Given: N = 0 (ascending node at the vernal equinox: maximum lunar declinations, largest K1 and O1)

        // When
        var k1 = NodalCorrections.At(NodalGroup.K1, 0.0);
        var o1 = NodalCorrections.At(NodalGroup.O1, 0.0);
        var m2 = NodalCorrections.At(NodalGroup.M2, 0.0);
        var m2Opposite = NodalCorrections.At(NodalGroup.M2, 180.0);

        // Then
        Assert.Equal(0.0, k1.U, 12);
        Assert.Equal(0.0, o1.U, 12);
        Assert.InRange(k1.F, 1.11, 1.12);
        Assert.InRange(o1.F, 1.18, 1.19);
        Assert.True(m2.F < m2Opposite.F, "M2 is smallest when the diurnal waves are largest");
    }
}
