using System.ComponentModel;
using GeoAnomaly.Plugins.Forecasting.Network;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Options of the <c>neural-network</c> model: shape, activation, penalty and optimiser.</summary>
public sealed record NeuralNetworkOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="HiddenUnits"/>: 8 (the ANN of Reyes et al. 2013).</summary>
        public const int HiddenUnits = 8;

        /// <summary>Default <see cref="SecondHiddenUnits"/>: 0, one hidden layer.</summary>
        public const int SecondHiddenUnits = 0;

        /// <summary>Default <see cref="Activation"/>: tanh.</summary>
        public const Activation Activation = Network.Activation.Tanh;

        /// <summary>Default <see cref="L2Regularization"/>: 1e-3.</summary>
        public const double L2Regularization = 1e-3;

        /// <summary>Default <see cref="Optimizer"/>: L-BFGS.</summary>
        public const Optimizer Optimizer = Network.Optimizer.Lbfgs;

        /// <summary>Default <see cref="Epochs"/>: 1,000.</summary>
        public const int Epochs = 1000;

        /// <summary>Default <see cref="Tolerance"/>: 1e-7.</summary>
        public const double Tolerance = 1e-7;

        /// <summary>Default <see cref="LearningRate"/>: 0.01.</summary>
        public const double LearningRate = 0.01;
    }

    /// <summary>Units in the first hidden layer. Default 8; 1 to 1,024.</summary>
    [Description("Units in the first hidden layer (8 as in Reyes et al. 2013); 1 to 1024.")]
    public int HiddenUnits { get; init; } = Defaults.HiddenUnits;

    /// <summary>Units in a second hidden layer; 0 for none. Default 0; 0 to 1,024.</summary>
    [Description("Units in a second hidden layer, 0 for none; 0 to 1024.")]
    public int SecondHiddenUnits { get; init; } = Defaults.SecondHiddenUnits;

    /// <summary>Hidden-unit activation. Default tanh.</summary>
    [Description("Hidden-unit activation: Tanh or Relu. The output unit is logistic (sigmoid).")]
    public Activation Activation { get; init; } = Defaults.Activation;

    /// <summary>L2 penalty λ on the connection weights (not the biases), added to the weighted mean cross-entropy as
    /// (λ/2)‖W‖². Default 1e-3; 0 to 100.</summary>
    [Description("L2 penalty lambda on the connection weights (not biases), added to the weighted mean cross-entropy as (lambda/2)*|W|^2; 0 to 100.")]
    public double L2Regularization { get; init; } = Defaults.L2Regularization;

    /// <summary>Full-batch optimiser. Default L-BFGS.</summary>
    [Description("Full-batch optimiser: Lbfgs (MathNet LimitedMemoryBfgsMinimizer) or Adam.")]
    public Optimizer Optimizer { get; init; } = Defaults.Optimizer;

    /// <summary>Most iterations (L-BFGS) or epochs (Adam), each one pass over every row. Default 1,000; 1 to 1,000,000.</summary>
    [Description("Most L-BFGS iterations or Adam epochs (each a full pass over the rows); 1 to 1000000.")]
    public int Epochs { get; init; } = Defaults.Epochs;

    /// <summary>Convergence tolerance: L-BFGS stops when the gradient norm or the relative loss change falls below it,
    /// Adam when the relative loss change between epochs does. Default 1e-7; in (0, 0.1].</summary>
    [Description("Stop when the gradient norm (L-BFGS) or the relative change of the loss between iterations falls below this; in (0, 0.1].")]
    public double Tolerance { get; init; } = Defaults.Tolerance;

    /// <summary>Adam's step size (unused by L-BFGS). Default 0.01; in (0, 10].</summary>
    [Description("Adam's step size (ignored by Lbfgs); in (0, 10].")]
    public double LearningRate { get; init; } = Defaults.LearningRate;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => OptionChecks.All(
        OptionChecks.Within(nameof(HiddenUnits), HiddenUnits, 1, 1024),
        OptionChecks.Within(nameof(SecondHiddenUnits), SecondHiddenUnits, 0, 1024),
        OptionChecks.Defined(nameof(Activation), Activation),
        OptionChecks.Within(nameof(L2Regularization), L2Regularization, 0, 100),
        OptionChecks.Defined(nameof(Optimizer), Optimizer),
        OptionChecks.Within(nameof(Epochs), Epochs, 1, 1_000_000),
        OptionChecks.Within(nameof(Tolerance), Tolerance, 0, 0.1, minExclusive: true),
        OptionChecks.Within(nameof(LearningRate), LearningRate, 0, 10, minExclusive: true));
}
