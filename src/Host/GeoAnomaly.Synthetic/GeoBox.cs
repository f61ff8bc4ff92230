namespace GeoAnomaly.Synthetic;

/// <summary>A latitude/longitude box in degrees (geodetic, longitude east, -180..180); stations are placed uniformly inside it.</summary>
/// <param name="MinLatitude">Southern edge, degrees north, -90..90.</param>
/// <param name="MaxLatitude">Northern edge, degrees north, above <paramref name="MinLatitude"/>.</param>
/// <param name="MinLongitude">Western edge, degrees east, -180..180.</param>
/// <param name="MaxLongitude">Eastern edge, degrees east, above <paramref name="MinLongitude"/> (boxes across the antimeridian are not supported).</param>
internal sealed record GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    /// <summary>The default region: 30..36 °N, 100..106 °E (a continental mid-latitude network, in the spirit of the Sichuan–Yunnan precursor networks).</summary>
    public static GeoBox Default { get; } = new(30, 36, 100, 106);

    /// <summary>Every problem with the box, each naming the option as <c>{prefix}.minLatitude</c> and so on.</summary>
    /// <param name="prefix">The option name of the box itself.</param>
    public IEnumerable<Sdk.OptionError> Validate(string prefix)
    {
        foreach (var (name, value, limit) in new[]
        {
            (nameof(MinLatitude), MinLatitude, 90.0),
            (nameof(MaxLatitude), MaxLatitude, 90.0),
            (nameof(MinLongitude), MinLongitude, 180.0),
            (nameof(MaxLongitude), MaxLongitude, 180.0),
        })
        {
            if (!double.IsFinite(value) || Math.Abs(value) > limit)
            {
                yield return new($"{prefix}.{Sdk.OptionError.ConfigName(name)}", $"must be within ±{limit} degrees, got {value}");
            }
        }

        if (MinLatitude >= MaxLatitude)
        {
            yield return new($"{prefix}.maxLatitude", $"must be above minLatitude ({MinLatitude}), got {MaxLatitude}");
        }

        if (MinLongitude >= MaxLongitude)
        {
            yield return new($"{prefix}.maxLongitude", $"must be above minLongitude ({MinLongitude}), got {MaxLongitude}");
        }
    }
}
