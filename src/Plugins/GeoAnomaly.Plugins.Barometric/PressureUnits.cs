namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Level units per pressure unit from the channels' unit names, so efficiencies come out dimensionless.</summary>
/// <remarks>
/// Pressure units are converted through pascals; length units through the head of fresh water,
/// ρg = 1000 kg/m³ × 9.80665 m/s² = 9,806.65 Pa per metre (1 hPa = 0.0101972 m). A level channel in pressure units
/// (a non-vented transducer in dbar or kPa, say) converts directly. Brines and warm water differ by a few percent:
/// give <c>pressureScale</c> explicitly for them. Names are matched without regard to case or spaces.
/// </remarks>
internal static class PressureUnits
{
    /// <summary>Pascals per metre of fresh water head.</summary>
    public const double PascalsPerMetreOfWater = 1000 * 9.80665;

    private static readonly Dictionary<string, double> s_pascals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pa"] = 1,
        ["hpa"] = 100,
        ["mbar"] = 100,
        ["mb"] = 100,
        ["kpa"] = 1000,
        ["mpa"] = 1e6,
        ["dbar"] = 1e4,
        ["bar"] = 1e5,
        ["psi"] = 6894.757293168,
        ["atm"] = 101_325,
        ["mmhg"] = 133.322387415,
        ["inhg"] = 3386.389,
        ["torr"] = 101_325 / 760.0,
        ["mh2o"] = PascalsPerMetreOfWater,
        ["cmh2o"] = PascalsPerMetreOfWater / 100,
        ["mmh2o"] = PascalsPerMetreOfWater / 1000,
        ["fth2o"] = PascalsPerMetreOfWater * 0.3048,
        ["inh2o"] = PascalsPerMetreOfWater * 0.0254,
    };

    private static readonly Dictionary<string, double> s_metres = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m"] = 1,
        ["cm"] = 0.01,
        ["mm"] = 0.001,
        ["ft"] = 0.3048,
        ["in"] = 0.0254,
    };

    /// <summary>Level units per pressure unit, or null when either unit is unknown.</summary>
    /// <param name="levelUnits">Units of the level channel (a length or a pressure).</param>
    /// <param name="pressureUnits">Units of the pressure channel.</param>
    public static double? Scale(string? levelUnits, string? pressureUnits)
    {
        double? level = Pascals(levelUnits, allowLength: true);
        double? pressure = Pascals(pressureUnits, allowLength: false);
        return level is null || pressure is null ? null : pressure / level;
    }

    /// <summary>Pascals per unit of <paramref name="units"/> (per unit of head for lengths), or null when unknown.</summary>
    /// <param name="units">A unit name.</param>
    /// <param name="allowLength">Whether a length unit (head of water) is accepted.</param>
    public static double? Pascals(string? units, bool allowLength)
    {
        if (string.IsNullOrWhiteSpace(units))
        {
            return null;
        }

        string key = units.Replace(" ", "", StringComparison.Ordinal).Replace("₂", "2", StringComparison.Ordinal);
        if (s_pascals.TryGetValue(key, out double pascals))
        {
            return pascals;
        }

        return allowLength && s_metres.TryGetValue(key, out double metres) ? metres * PascalsPerMetreOfWater : null;
    }
}
