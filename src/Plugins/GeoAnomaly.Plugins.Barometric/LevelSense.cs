namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Which way the level channel moves when the water in the well rises; sets the sign of the reported efficiency.</summary>
public enum LevelSense
{
    /// <summary>The value rises with the water: water-level elevation, water column or pressure above the sensor. A
    /// confined well's level falls when air pressure rises, so its efficiency comes out positive.</summary>
    Height,

    /// <summary>The value is a depth to water (below the casing top, say): it rises when the water falls. The fitted
    /// response is negated before it is reported, so a confined well still shows a positive efficiency.</summary>
    Depth,
}
