namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>How the trend polynomial is fitted.</summary>
public enum DetrendMethod
{
    /// <summary>Ordinary least squares: the linear (degree 1) or polynomial trend.</summary>
    LeastSquares,

    /// <summary>Robust: iteratively reweighted least squares with Tukey's bisquare weights (c = 4.685), so spikes,
    /// steps and anomalies inside the span pull the trend far less.</summary>
    Bisquare,
}
