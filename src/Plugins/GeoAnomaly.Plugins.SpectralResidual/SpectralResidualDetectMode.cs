namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>What <c>spectral-residual-entire</c> outputs besides score, alert and magnitude (ML.NET <c>SrCnnDetectMode</c>;
/// same names and numeric values).</summary>
public enum SpectralResidualDetectMode
{
    /// <summary>Outputs <c>score</c>, <c>alert</c>, <c>magnitude</c> (ML.NET: IsAnomaly, RawScore, Mag).</summary>
    AnomalyOnly = 0,

    /// <summary>Adds <c>expected</c>, <c>unit</c>, <c>upper</c>, <c>lower</c> and <c>anomalyScore</c> (ML.NET: ExpectedValue,
    /// BoundaryUnit, UpperBoundary, LowerBoundary, and the AnomalyScore that ML.NET puts in place of RawScore); the
    /// alert is kept only where the value lies outside the margins.</summary>
    AnomalyAndMargin = 1,

    /// <summary>Adds <c>expected</c> (ML.NET: ExpectedValue).</summary>
    AnomalyAndExpectedValue = 2,
}
