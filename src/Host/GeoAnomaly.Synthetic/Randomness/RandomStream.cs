namespace GeoAnomaly.Synthetic.Randomness;

/// <summary>The purposes random numbers are drawn for; each gets an independent stream (see <see cref="SeededRandom.For"/>).</summary>
/// <remarks>Values are part of the reproducibility contract: renumbering them changes every generated network.</remarks>
internal enum RandomStream
{
    /// <summary>Which stations exist, where, and which channels they carry.</summary>
    Layout = 1,

    /// <summary>Magnetic storm times and sizes (network-wide).</summary>
    Storms = 2,

    /// <summary>Network-wide external geomagnetic activity (the disturbance every station sees).</summary>
    GeomagneticActivity = 3,

    /// <summary>Network-wide weather: synoptic pressure systems and the day-to-day Sq factor.</summary>
    Weather = 4,

    /// <summary>Per-station physical parameters (tidal phases, Sq amplitudes, storm response, barometric efficiency).</summary>
    StationParameters = 10,

    /// <summary>Per-station telemetry outages.</summary>
    Outages = 11,

    /// <summary>Per-station weather (local synoptic part, fast pressure fluctuations).</summary>
    StationWeather = 12,

    /// <summary>Per-station groundwater recharge (trend and rain events).</summary>
    Recharge = 13,

    /// <summary>Per-channel instrument parameters (gains, drift, noise levels).</summary>
    ChannelParameters = 20,

    /// <summary>Per-channel noise samples.</summary>
    Noise = 21,

    /// <summary>Per-channel data gaps.</summary>
    Gaps = 22,

    /// <summary>Per-channel instrument steps.</summary>
    Steps = 23,

    /// <summary>Per-channel injected anomalies.</summary>
    Anomalies = 24,

    /// <summary>ETAS background events (times, epicentres, magnitudes, depths).</summary>
    EtasBackground = 30,

    /// <summary>ETAS aftershock cascades.</summary>
    EtasAftershocks = 31,

    /// <summary>Which stations show a precursor before an ETAS mainshock.</summary>
    Precursors = 32,

    /// <summary>Forecast scenario: where the stations are and what they record.</summary>
    ScenarioStations = 40,

    /// <summary>Forecast scenario: per-station background false alarms.</summary>
    FalseAlarms = 41,

    /// <summary>Forecast scenario: whether each planned precursor is detected, and its score.</summary>
    PrecursorDetection = 42,
}
