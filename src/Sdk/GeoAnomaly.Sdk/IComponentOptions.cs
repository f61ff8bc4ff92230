namespace GeoAnomaly.Sdk;

/// <summary>An options record of a component: every property has a default, a description and is checked by <see cref="Validate"/>.</summary>
public interface IComponentOptions
{
    /// <summary>Returns every problem with these options (empty when they are valid), each naming its option.</summary>
    IEnumerable<OptionError> Validate();
}
