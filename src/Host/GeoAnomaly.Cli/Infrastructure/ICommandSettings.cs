namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>The bound options of one command.</summary>
internal interface ICommandSettings
{
    /// <summary>Every problem with the settings, each starting with the option it concerns (<c>--batch-size: must be ...</c>).</summary>
    IEnumerable<string> Validate();
}
