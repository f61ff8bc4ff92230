using GeoAnomaly.Plugins.Barometric;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed class PressureUnitsTests
{
    [Theory]
    [InlineData("m", "hPa", 100 / 9806.65)]
    [InlineData("m", "mbar", 100 / 9806.65)]
    [InlineData("mm", "hPa", 100_000 / 9806.65)]
    [InlineData("cm", "kPa", 100_000 / 9806.65)]
    [InlineData("ft", "psi", 6894.757293168 / (9806.65 * 0.3048))]
    [InlineData("dbar", "dbar", 1)]
    [InlineData("kPa", "hPa", 0.1)]
    [InlineData("m H2O", "dbar", 10_000 / 9806.65)]
    [InlineData("cmH₂O", "Pa", 100 / 9806.65)]
    public void Known_units_give_level_units_per_pressure_unit(string level, string pressure, double expected)
    {
        // Given / When
        double? scale = PressureUnits.Scale(level, pressure);

        // Then
        Assert.NotNull(scale);
        Assert.Equal(expected, scale.Value, expected * 1e-12);
    }

    [Theory]
    [InlineData("", "hPa")]
    [InlineData("m", "")]
    [InlineData("counts", "hPa")]
    [InlineData("m", "m")]
    public void Unknown_or_mismatched_units_give_no_scale(string level, string pressure)
    {
        // Given / When
        double? scale = PressureUnits.Scale(level, pressure);

        // Then: a length is accepted for the level only
        Assert.Null(scale);
    }
}
