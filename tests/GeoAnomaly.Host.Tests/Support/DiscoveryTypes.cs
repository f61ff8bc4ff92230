using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>A component with a private constructor: discovery must still create it.</summary>
internal sealed class PrivateConstructorPreprocessor : Preprocessor<ScaleOptions>
{
    private PrivateConstructorPreprocessor()
    {
    }

    public override string Name => "private-ctor";

    public override string Summary => "Passes values through.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) =>
        new DelegateState((input, output, _) => input.CopyTo(output));
}

/// <summary>A component whose constructor throws.</summary>
internal sealed class ConstructorThrowsDetector : Detector<ScaleOptions>
{
    public ConstructorThrowsDetector() => throw new InvalidOperationException("no calibration file");

    public override string Name => "ctor-throws";

    public override string Summary => "Never constructs.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) => throw new NotSupportedException();
}

/// <summary>A component without a parameterless constructor.</summary>
internal sealed class NeedsArgumentDetector(int factor) : Detector<ScaleOptions>
{
    public override string Name => $"needs-argument-{factor}";

    public override string Summary => "Cannot be created by the host.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) => throw new NotSupportedException();
}

/// <summary>An abstract component: not a candidate.</summary>
internal abstract class AbstractDetector : Detector<ScaleOptions>
{
}

/// <summary>A second component calling itself "scale", like <see cref="ScaleDetector"/>.</summary>
internal sealed class SameNameDetector : Detector<ScaleOptions>
{
    public override string Name => "scale";

    public override string Summary => "Clashes with ScaleDetector.";

    public override IComponentState Start(ScaleOptions options, ComponentStart start) => throw new NotSupportedException();
}
