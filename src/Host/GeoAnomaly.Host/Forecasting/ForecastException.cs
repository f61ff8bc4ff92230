namespace GeoAnomaly.Host.Forecasting;

/// <summary>A forecast job cannot go on (no features of a set, no target events, a model file of another kind); the
/// message names the file, option or period at fault.</summary>
internal sealed class ForecastException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file, option or period.</param>
    /// <param name="inner">The cause, if any.</param>
    public ForecastException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ForecastException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public ForecastException(string message)
        : base(message)
    {
    }
}
