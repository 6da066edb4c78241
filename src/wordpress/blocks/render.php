<?php
/**
 * Server rendering of the three blocks (their block.json "render"): the widget the block's name gives.
 *
 * @package icc-widgets
 * @var array    $attributes The block's attributes.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

// Escaped in icc_widgets_render(); the wrapper attributes by WordPress.
echo icc_widgets_render( substr( $block->name, strlen( 'icc-widgets/' ) ), $attributes, get_block_wrapper_attributes() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
